import type { Logger } from '../../logger';
import type { Db } from '../client';
import { hashPassword } from '../../crypto/password';
import { DEMO_PERSONAS, DEMO_STAFF_PASSWORD } from '../../services/identity/demo-personas';

/**
 * The people of journeys.md: citizen accounts (by simulated openid) and staff accounts with their roles.
 * Idempotent: existing accounts are left alone.
 */
export async function seedPeople(db: Db, log?: Logger): Promise<{ citizens: number; staff: number }> {
  let citizens = 0;
  let staff = 0;
  for (const p of DEMO_PERSONAS) {
    if (p.kind === 'citizen') {
      const existing = await db.user.findUnique({ where: { openid: p.openid! } });
      if (!existing) {
        await db.user.create({ data: { openid: p.openid!, nickname: p.name } });
        citizens += 1;
      }
      continue;
    }
    if (await db.staff.findUnique({ where: { username: p.username! } })) continue;
    const codes = [p.departmentCode, ...(p.grants ?? []).map((g) => g.departmentCode)].filter((c): c is string => Boolean(c));
    const departments = await db.department.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
    const idOf = (code: string | null | undefined) => (code ? (departments.find((d) => d.code === code)?.id ?? null) : null);
    const regionCodes = (p.grants ?? []).map((g) => g.regionCode).filter((c): c is string => Boolean(c));
    const regions = await db.region.findMany({ where: { code: { in: regionCodes } }, select: { code: true } });
    await db.staff.create({
      data: {
        name: p.name,
        username: p.username!,
        passwordHash: await hashPassword(DEMO_STAFF_PASSWORD),
        homeDepartmentId: idOf(p.departmentCode),
        roles: {
          create: (p.grants ?? []).map((g) => ({
            role: g.role,
            departmentId: idOf(g.departmentCode),
            regionCode: g.regionCode && regions.some((r) => r.code === g.regionCode) ? g.regionCode : null,
          })),
        },
      },
    });
    staff += 1;
  }
  if (citizens || staff) log?.info({ citizens, staff }, 'demo people inserted');
  return { citizens, staff };
}
