import type { z } from 'zod';
import type { TAppealEntry, ZAppealQuery } from '@shared/schemas/ratings';
import { seesAppeals } from '@shared/domain/ratings/grades';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { errors } from '../../errors';
import type { Prisma } from '../../generated/prisma/client';
import { canAppealRating, canDecideRatingAppeal } from '../../policies';
import { presentRating } from '../../presenters/rating.presenter';
import { staffNames } from './staff-names';

type Staff = Extract<Actor, { kind: 'staff' }>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const INCLUDE = { rating: { include: { case: { select: { number: true } }, department: { select: { name: true } } } } } satisfies Prisma.RatingAppealInclude;
type AppealRow = Prisma.RatingAppealGetPayload<{ include: typeof INCLUDE }>;

async function present(db: Db, rows: AppealRow[]): Promise<TAppealEntry[]> {
  const names = await staffNames(db, rows.flatMap((a) => [a.requestedByStaffId, a.decidedByStaffId]));
  return rows.map((a) => ({
    id: a.id,
    status: a.status,
    reason: a.reason,
    requestedBy: names.get(a.requestedByStaffId) ?? null,
    decisionNote: a.decisionNote,
    decidedBy: a.decidedByStaffId ? (names.get(a.decidedByStaffId) ?? null) : null,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    caseNumber: a.rating.case.number,
    departmentName: a.rating.department.name,
    rating: presentRating(a.rating),
  }));
}

/**
 * POST /staff/ratings/:id/appeal: the department head disputes a rating as malicious (e.g. unrelated abuse). One
 * appeal per rating; the rating and its follow-up stay as they are until a supervisor decides.
 */
export async function appealRating(db: Db, actor: Staff, ratingId: string, reason: string): Promise<TAppealEntry> {
  const r = UUID.test(ratingId) ? await db.rating.findUnique({ where: { id: ratingId }, select: { id: true, departmentId: true, regionCode: true, isDefault: true } }) : null;
  if (!r) throw errors.notFound('评价不存在');
  if (!canAppealRating(actor, r.departmentId, r.regionCode)) throw errors.forbidden('只有本部门负责人可以对评价提出申诉');
  if (r.isDefault) throw errors.conflict('系统默认评价不能申诉');
  try {
    const a = await db.ratingAppeal.create({ data: { ratingId: r.id, requestedByStaffId: actor.staffId, reason }, include: INCLUDE });
    return (await present(db, [a]))[0]!;
  } catch (e) {
    if ((e as { code?: unknown })?.code === 'P2002') throw errors.conflict('该评价已提出过申诉');
    throw e;
  }
}

/**
 * POST /staff/rating-appeals/:id/decision: the supervisor upholds (the rating is marked excluded from the figures,
 * never deleted) or rejects the appeal; the decision, who and when are kept on the appeal.
 */
export async function decideAppeal(db: Db, actor: Staff, appealId: string, body: { uphold: boolean; note: string }, now = new Date()): Promise<TAppealEntry> {
  const a = UUID.test(appealId) ? await db.ratingAppeal.findUnique({ where: { id: appealId }, include: { rating: { select: { id: true, regionCode: true } } } }) : null;
  if (!a) throw errors.notFound('申诉不存在');
  if (!canDecideRatingAppeal(actor, a.rating.regionCode)) throw errors.forbidden('只有督查人员可以审核评价申诉');
  await db.$transaction(async (tx) => {
    const n = await tx.ratingAppeal.updateMany({
      where: { id: a.id, status: 'PENDING' },
      data: { status: body.uphold ? 'UPHELD' : 'REJECTED', decidedByStaffId: actor.staffId, decisionNote: body.note, decidedAt: now },
    });
    if (n.count !== 1) throw errors.conflict('该申诉已审核');
    if (body.uphold) await tx.rating.update({ where: { id: a.rating.id }, data: { excludedAt: now } });
  });
  return (await present(db, [await db.ratingAppeal.findUniqueOrThrow({ where: { id: a.id }, include: INCLUDE })]))[0]!;
}

/** GET /staff/rating-appeals: supervisors see their region's appeals (pending by default); department heads their own. */
export async function listAppeals(db: Db, actor: Staff, q: z.infer<typeof ZAppealQuery>): Promise<{ items: TAppealEntry[] }> {
  const scopes = actor.grants.flatMap((g): Prisma.RatingAppealWhereInput[] => {
    if (!seesAppeals([g.role])) return [];
    const region = g.regionCode ? { regionCode: { startsWith: g.regionCode } } : {};
    if (g.role === 'SUPERVISOR') return [{ rating: region }];
    return [{ rating: { ...region, ...(g.departmentId ? { departmentId: g.departmentId } : {}) } }];
  });
  if (scopes.length === 0) throw errors.forbidden('您没有查看评价申诉的权限');
  const rows = await db.ratingAppeal.findMany({ where: { AND: [{ OR: scopes }, { status: q.status ?? 'PENDING' }] }, include: INCLUDE, orderBy: { createdAt: 'asc' }, take: 200 });
  return { items: await present(db, rows) };
}
