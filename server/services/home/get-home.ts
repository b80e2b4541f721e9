import type { THomeResponse } from '@shared/schemas/home';
import type { Db } from '../../db/client';
import { presentRegion } from '../../presenters/region.presenter';

/** Everything the home page shows, read from the catalogue in one round of parallel queries. */
export async function getHome(db: Db): Promise<THomeResponse> {
  const city = await db.region.findFirst({ where: { parentCode: null }, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] });
  const [counties, departments, regions, departmentCount, publishedItems] = await Promise.all([
    city
      ? db.region.findMany({
          where: { parentCode: city.code },
          orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
          include: { _count: { select: { children: true } } },
        })
      : Promise.resolve([]),
    db.department.findMany({ orderBy: [{ regionCode: 'asc' }, { code: 'asc' }], take: 200 }),
    db.region.count(),
    db.department.count(),
    db.serviceItemVersion.count({ where: { status: 'PUBLISHED' } }),
  ]);
  return {
    city: city ? presentRegion(city) : null,
    counties: counties.map((c) => ({ ...presentRegion(c), townshipCount: c._count.children })),
    departments: departments.map((d) => ({ id: d.id, code: d.code, name: d.name, regionCode: d.regionCode })),
    stats: { regions, departments: departmentCount, publishedItems },
  };
}
