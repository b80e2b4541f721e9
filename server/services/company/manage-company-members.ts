import type { z } from 'zod';
import type { TCompany, ZCompanyMemberInput } from '@shared/schemas/company';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { aad } from '../../presenters/profile.presenter';
import { activeRole, presentCompany } from './present-company';

type Deps = { db: Db; pii: FieldCrypto };
const UUID = /^[0-9a-f-]{36}$/;

/** Only the legal representative manages who may act for the company; anyone else gets 404 (no enumeration). */
async function requireLegalRep(db: Db, companyId: string, userId: string): Promise<void> {
  const role = UUID.test(companyId) ? await activeRole(db, companyId, userId) : null;
  if (role === null) throw errors.notFound('找不到该企业');
  if (role !== 'LEGAL_REPRESENTATIVE') throw errors.forbidden('只有法定代表人可以管理经办人');
}

/**
 * Authorise a person to act for the company. They must already have a real-name account here (found by the keyed
 * hash of their ID): the representative names them by ID, never by a guessable account id.
 */
export async function addCompanyMember(deps: Deps, userId: string, companyId: string, input: z.output<typeof ZCompanyMemberInput>): Promise<TCompany> {
  await requireLegalRep(deps.db, companyId, userId);
  // One person may use several WeChat accounts (one profile each): authorising the person covers all of them.
  const people = await deps.db.realNameProfile.findMany({
    where: { idNumberHash: deps.pii.hash(`${input.idType}:${input.idNumber}`), user: { status: 'ACTIVE' } },
    select: { userId: true, nameEnc: true },
  });
  if (people.length === 0) throw errors.notFound('该人员尚未在本平台实名登记，请对方先登录并填写实名信息');
  if (people.some((p) => deps.pii.decrypt(p.nameEnc, aad.name(p.userId)) !== input.name)) {
    throw errors.validation([{ path: 'body.name', message: '姓名与证件号码不一致' }]);
  }
  if (people.some((p) => p.userId === userId)) throw errors.validation([{ path: 'body.idNumber', message: '法定代表人无需授权自己' }]);
  await deps.db.$transaction(
    people.map((p) =>
      deps.db.companyMember.upsert({
        where: { companyId_userId: { companyId, userId: p.userId } },
        create: { companyId, userId: p.userId, role: input.role },
        update: { role: input.role, revokedAt: null },
      }),
    ),
  );
  return presentCompany(deps.db, companyId, 'LEGAL_REPRESENTATIVE');
}

/** Revoke a member's authority at once (their open drafts for the company can no longer be submitted by them). */
export async function revokeCompanyMember(db: Db, userId: string, companyId: string, memberUserId: string): Promise<TCompany> {
  await requireLegalRep(db, companyId, userId);
  if (memberUserId === userId) throw errors.badRequest('法定代表人不能撤销自己');
  const res = UUID.test(memberUserId)
    ? await db.companyMember.updateMany({ where: { companyId, userId: memberUserId, revokedAt: null, role: { not: 'LEGAL_REPRESENTATIVE' } }, data: { revokedAt: new Date() } })
    : { count: 0 };
  if (res.count === 0) throw errors.notFound('找不到该经办人');
  return presentCompany(db, companyId, 'LEGAL_REPRESENTATIVE');
}
