import type { Actor, StaffRoleName } from '../../domain/actor';
import { canActOn, CATALOGUE_ROLES } from '../../domain/catalog/scope';
import type { Db, DbTx } from '../../db/client';
import { errors } from '../../errors';
import type { Prisma } from '../../generated/prisma/client';

type StaffActor = Extract<Actor, { kind: 'staff' }>;

/** The region and its ancestors, own code first (walks the tree: codes are data, not assumed to nest by prefix). */
export async function regionAncestry(db: Db | DbTx, code: string): Promise<string[]> {
  const out: string[] = [];
  let cur: string | null = code;
  while (cur && out.length < 10) {
    out.push(cur);
    const row: { parentCode: string | null } | null = await db.region.findUnique({ where: { code: cur }, select: { parentCode: true } });
    cur = row?.parentCode ?? null;
  }
  return out;
}

/** 403 unless one of the actor's catalogue grants reaches the item's department and region. */
export async function assertCanManage(
  db: Db | DbTx,
  actor: StaffActor,
  item: { departmentId: string; regionCode: string },
  roles: StaffRoleName[] = CATALOGUE_ROLES,
): Promise<void> {
  const place = { departmentId: item.departmentId, regionAncestry: await regionAncestry(db, item.regionCode) };
  if (!canActOn(actor, roles, place)) throw errors.forbidden('该事项不在您的管理范围内');
}

/** Region codes at or below the given one. */
async function regionSubtree(db: Db | DbTx, root: string): Promise<string[]> {
  const all = await db.region.findMany({ select: { code: true, parentCode: true } });
  const children = new Map<string, string[]>();
  for (const r of all) if (r.parentCode) children.set(r.parentCode, [...(children.get(r.parentCode) ?? []), r.code]);
  const out: string[] = [];
  const stack = [root];
  while (stack.length) {
    const c = stack.pop()!;
    out.push(c);
    stack.push(...(children.get(c) ?? []));
  }
  return out;
}

/** A filter on service items limited to what the actor's grants (of the given roles) reach; {} for unscoped. */
export async function itemScopeWhere(db: Db | DbTx, actor: StaffActor, roles: StaffRoleName[] = CATALOGUE_ROLES): Promise<Prisma.ServiceItemWhereInput> {
  const grants = actor.grants.filter((g) => roles.includes(g.role));
  if (grants.some((g) => !g.departmentId && !g.regionCode)) return {};
  const or: Prisma.ServiceItemWhereInput[] = [];
  for (const g of grants) {
    const cond: Prisma.ServiceItemWhereInput = {};
    if (g.departmentId) cond.departmentId = g.departmentId;
    if (g.regionCode) cond.regionCode = { in: await regionSubtree(db, g.regionCode) };
    or.push(cond);
  }
  return or.length ? { OR: or } : { id: { in: [] } };
}
