import type { z } from 'zod';
import { maskIdNumber, maskName } from '@shared/domain/identity/masking';
import type { TAuthorisation, ZAuthorisationInput } from '@shared/schemas/authorisation';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { recordAudit } from './record-audit';

/** The AAD each encrypted authorisation column is bound to (read when acting for the principal, rewritten by rotation). */
export const authorisationAad = {
  principalName: (id: string) => `agent_authorisations.principal_name:${id}`,
  principalId: (id: string) => `agent_authorisations.principal_id:${id}`,
};

type Deps = { db: Db; pii: FieldCrypto };
type Row = Awaited<ReturnType<Db['agentAuthorisation']['findMany']>>[number] & { agent?: { profile: { nameMasked: string } | null } | null };

const UUID = /^[0-9a-f-]{36}$/;

function present(r: Row): TAuthorisation {
  return {
    id: r.id,
    status: r.validUntil && r.validUntil <= new Date() && r.status === 'ACTIVE' ? 'EXPIRED' : r.status,
    relationship: r.relationship,
    principalName: r.principalNameMasked,
    principalIdNumber: r.principalIdMasked,
    principalHasAccount: r.principalUserId !== null,
    agentName: r.agent?.profile?.nameMasked ?? null,
    validUntil: r.validUntil?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

/**
 * An agent (代办人, e.g. 李军 for his mother 李秀英) records whom they act for. It starts PENDING: the principal
 * confirms it in the app when they have a real-name account here (matched by the keyed ID hash), otherwise window
 * staff verify it against the documents. The agent must have a real-name profile themselves.
 */
export async function createAuthorisation(deps: Deps, agentUserId: string, input: z.output<typeof ZAuthorisationInput>): Promise<TAuthorisation> {
  const agent = await deps.db.realNameProfile.findUnique({ where: { userId: agentUserId } });
  if (!agent) throw errors.forbidden('请先填写您本人的实名信息');
  const idHash = deps.pii.hash(`${input.principalIdType}:${input.principalIdNumber}`);
  if (agent.idNumberHash === idHash) throw errors.validation([{ path: 'body.principalIdNumber', message: '不能为自己办理代办授权' }]);
  const principal = await deps.db.realNameProfile.findFirst({ where: { idNumberHash: idHash, user: { status: 'ACTIVE' } }, select: { userId: true } });
  const row = await deps.db.$transaction(async (tx) => {
    const created = await tx.agentAuthorisation.create({
      data: {
        agentUserId,
        principalKind: 'PERSON',
        principalUserId: principal?.userId ?? null,
        principalNameEnc: new Uint8Array(0),
        principalNameMasked: maskName(input.principalName),
        principalIdType: input.principalIdType,
        principalIdEnc: new Uint8Array(0),
        principalIdHash: idHash,
        principalIdMasked: maskIdNumber(input.principalIdNumber),
        relationship: input.relationship,
        validUntil: input.validUntil ? new Date(input.validUntil) : null,
      },
    });
    // The ciphertexts are bound to the row id, known only now.
    return tx.agentAuthorisation.update({
      where: { id: created.id },
      data: {
        principalNameEnc: deps.pii.encrypt(input.principalName, authorisationAad.principalName(created.id)),
        principalIdEnc: deps.pii.encrypt(input.principalIdNumber, authorisationAad.principalId(created.id)),
      },
    });
  });
  return present(row);
}

export async function listAuthorisations(db: Db, userId: string) {
  const include = { agent: { select: { profile: { select: { nameMasked: true } } } } };
  const [asAgent, asPrincipal] = await Promise.all([
    db.agentAuthorisation.findMany({ where: { agentUserId: userId }, include, orderBy: { createdAt: 'desc' } }),
    db.agentAuthorisation.findMany({ where: { principalUserId: userId }, include, orderBy: { createdAt: 'desc' } }),
  ]);
  return { asAgent: asAgent.map(present), asPrincipal: asPrincipal.map(present) };
}

/** The principal confirms a pending authorisation naming them. Someone else's id is 404 (no enumeration). */
export async function confirmAuthorisation(db: Db, principalUserId: string, id: string): Promise<TAuthorisation> {
  const res = UUID.test(id)
    ? await db.agentAuthorisation.updateMany({ where: { id, principalUserId, status: 'PENDING' }, data: { status: 'ACTIVE', confirmedAt: new Date() } })
    : { count: 0 };
  if (res.count === 0) throw errors.notFound('找不到待您确认的代办授权');
  return present(await db.agentAuthorisation.findUniqueOrThrow({ where: { id } }));
}

/** Either side may revoke at any time. */
export async function revokeAuthorisation(db: Db, userId: string, id: string): Promise<TAuthorisation> {
  const res = UUID.test(id)
    ? await db.agentAuthorisation.updateMany({
        where: { id, OR: [{ agentUserId: userId }, { principalUserId: userId }], status: { in: ['PENDING', 'ACTIVE'] } },
        data: { status: 'REVOKED', revokedAt: new Date() },
      })
    : { count: 0 };
  if (res.count === 0) throw errors.notFound('找不到该代办授权');
  return present(await db.agentAuthorisation.findUniqueOrThrow({ where: { id } }));
}

/** Window staff verify a pending authorisation against the documents (a principal without an account). Audited. */
export async function verifyAuthorisation(db: Db, staff: { staffId: string; name: string }, id: string, meta: { requestId?: string }): Promise<TAuthorisation> {
  const row = UUID.test(id) ? await db.agentAuthorisation.findUnique({ where: { id } }) : null;
  if (!row) throw errors.notFound('找不到该代办授权');
  const res = await db.agentAuthorisation.updateMany({ where: { id, status: 'PENDING' }, data: { status: 'ACTIVE', verifiedByStaffId: staff.staffId, confirmedAt: new Date() } });
  if (res.count === 0) throw errors.conflict('该授权不是待核验状态');
  await recordAudit(db, {
    actor: { kind: 'staff', staffId: staff.staffId, label: staff.name },
    action: 'UPDATE_PERSONAL_DATA',
    subjectUserId: row.principalUserId ?? row.agentUserId,
    entity: 'agent_authorisations',
    entityId: id,
    fields: ['authorisation:verified'],
    purpose: '窗口核验代办授权',
    ...meta,
  });
  return present(await db.agentAuthorisation.findUniqueOrThrow({ where: { id } }));
}
