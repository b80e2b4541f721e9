import type { Prisma } from '../../generated/prisma/client';
import type { Db, DbTx } from '../../db/client';
import { errors } from '../../errors';

/** Everything the applicant's view of a case needs. */
export const APPLICATION_INCLUDE = {
  itemVersion: { select: { id: true, name: true, formSchema: true, item: { select: { implementationCode: true } } } },
  materials: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: {
      itemMaterial: { select: { sortOrder: true, commonMistakes: true } },
      files: { orderBy: { sortOrder: 'asc' }, include: { file: { select: { id: true, originalName: true, mime: true, size: true, deletedAt: true } } } },
    },
  },
} satisfies Prisma.CaseInclude;

export type ApplicationRow = Prisma.CaseGetPayload<{ include: typeof APPLICATION_INCLUDE }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The citizen's own case (as applicant or agent). Anyone else's, or an unknown id, is 404: its existence is not told. */
export async function loadOwnCase(db: Db | DbTx, userId: string, caseId: string): Promise<ApplicationRow> {
  const c = UUID.test(caseId)
    ? await db.case.findFirst({ where: { id: caseId, OR: [{ applicantUserId: userId }, { agentUserId: userId }] }, include: APPLICATION_INCLUDE })
    : null;
  if (!c || !c.itemVersion) throw errors.notFound('办件不存在');
  return c;
}
