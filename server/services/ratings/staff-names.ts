import type { Db, DbTx } from '../../db/client';

/** Staff ids mentioned by tasks and appeals → their names, in one query (the rows store ids, like the audit log). */
export async function staffNames(db: Db | DbTx, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const rows = await db.staff.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(rows.map((s) => [s.id, s.name]));
}
