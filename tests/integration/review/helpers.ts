import { randomBytes } from 'node:crypto';
import { PRIVACY_POLICY_VERSION } from '@shared/domain/identity/privacy';
import type { Db } from '../../../server/db/client';
import type { Actor, StaffRoleName } from '../../../server/domain/actor';
import { applyTransition } from '../../../server/services/cases/apply-transition';
import { createStaff } from '../../helpers/factories';
import type { TestServer } from '../../helpers/test-server';
import { caseWorld } from '../cases/helpers';
import { call } from '../identity/helpers';

export { call };

/**
 * A valid mainland ID number (GB 11643) unique to this run: identity tests look citizens up by ID number in the
 * same database, so reusing theirs would make their look-ups ambiguous.
 */
export function uniqueIdNumber(): string {
  const seq = String(randomBytes(2).readUInt16BE(0) % 1000).padStart(3, '0');
  const day = String(1 + (randomBytes(1)[0]! % 28)).padStart(2, '0');
  const body = `5305021988${String(1 + (randomBytes(1)[0]! % 12)).padStart(2, '0')}${day}${seq}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, ch, i) => acc + Number(ch) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

/** 10:00 China time on a day. */
export const at = (day: string, hh = '10') => new Date(`${day}T${hh}:00:00+08:00`);

/** A staff member with a bearer token and the actor authenticate() would resolve for it. */
export async function staffMember(db: Db, role: StaffRoleName, departmentId: string | null, regionCode = '5305') {
  const grant = { role, departmentId, regionCode };
  const s = await createStaff(db, [grant]);
  const actor: Extract<Actor, { kind: 'staff' }> = {
    kind: 'staff',
    staffId: s.staff.id,
    sessionId: s.sessionId,
    name: s.staff.name,
    homeDepartmentId: s.staff.homeDepartmentId,
    grants: [grant],
  };
  return { token: s.token, actor };
}

/**
 * A case of the market regulator submitted (through the state machine) at `submittedAt`, with two materials of the
 * item (the first holding one file, the second with common mistakes to pick from), staff of the department with
 * tokens, an outsider of another department and a supervisor. `profile` gives the applicant real-name data.
 */
export async function reviewWorld(server: TestServer, opts: { submittedAt?: Date; promisedLimit?: number; profile?: boolean } = {}) {
  const db = server.dbHandle.db;
  const w = await caseWorld(db, { promisedLimit: opts.promisedLimit ?? 5 });
  if (opts.profile) {
    const token = w.citizen.token;
    await call(server, 'POST', '/api/v1/me/consents', { token, body: { kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION } });
    const p = await call(server, 'PUT', '/api/v1/me/profile', { token, body: { name: '张伟', idType: 'RESIDENT_ID_CARD', idNumber: uniqueIdNumber(), phone: `139${String(randomBytes(4).readUInt32BE(0) % 1e8).padStart(8, '0')}` } });
    if (p.status !== 200) throw new Error(`profile: ${p.status} ${JSON.stringify(p.body)}`);
  }
  const idCard = await db.itemMaterial.create({ data: { versionId: w.version.id, name: '身份证', sortOrder: 1 } });
  const form = await db.itemMaterial.create({
    data: { versionId: w.version.id, name: '申请表', sortOrder: 2, commonMistakes: '未签名\n填写日期有误' },
  });
  const file = await db.storedFile.create({
    data: { storageKey: `test/${randomBytes(8).toString('hex')}`, sha256: '0'.repeat(64), mime: 'image/jpeg', size: 10, originalName: '身份证.jpg', purpose: 'MATERIAL', uploadedByUserId: w.citizen.user.id },
  });
  const m1 = await db.caseMaterial.create({ data: { caseId: w.c.id, itemMaterialId: idCard.id, name: '身份证', files: { create: { fileId: file.id } } } });
  const m2 = await db.caseMaterial.create({ data: { caseId: w.c.id, itemMaterialId: form.id, name: '申请表' } });
  const submitted = await applyTransition(db, { caseId: w.c.id, action: 'submit', actor: w.applicant, now: opts.submittedAt ?? new Date() });
  const [clerk, reviewer, reviewer2, approver, outsider, supervisor] = await Promise.all([
    staffMember(db, 'WINDOW_CLERK', w.dept.id),
    staffMember(db, 'HANDLER', w.dept.id),
    staffMember(db, 'HANDLER', w.dept.id),
    staffMember(db, 'APPROVER', w.dept.id),
    staffMember(db, 'HANDLER', (await db.department.findFirstOrThrow({ where: { code: '5305-GA' } })).id),
    staffMember(db, 'SUPERVISOR', null),
  ]);
  return { ...w, c: submitted.case, file, m1, m2, clerk, reviewer, reviewer2, approver, outsider, supervisor };
}
