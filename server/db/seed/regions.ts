import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Logger } from '../../logger';
import type { Db } from '../client';

const ZDivisions = z.object({
  city: z.object({ code: z.string(), name: z.string() }),
  counties: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      townships: z.array(z.object({ code: z.string(), name: z.string(), villages: z.array(z.object({ code: z.string(), name: z.string() })) })),
    }),
  ),
});

/** The deployment's region tree. Data, not code: another city ships its own file (SEED_DIVISIONS_FILE). */
export const DEFAULT_DIVISIONS_FILE = path.resolve(__dirname, '../../../prisma/seed/divisions.json');

type RegionRow = { code: string; name: string; level: 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE'; parentCode: string | null; sortOrder: number };

export function readDivisions(file = DEFAULT_DIVISIONS_FILE): RegionRow[] {
  const d = ZDivisions.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const rows: RegionRow[] = [{ code: d.city.code, name: d.city.name, level: 'CITY', parentCode: null, sortOrder: 0 }];
  d.counties.forEach((c, ci) => {
    rows.push({ code: c.code, name: c.name, level: 'COUNTY', parentCode: d.city.code, sortOrder: ci });
    c.townships.forEach((t, ti) => {
      rows.push({ code: t.code, name: t.name, level: 'TOWNSHIP', parentCode: c.code, sortOrder: ti });
      t.villages.forEach((v, vi) => rows.push({ code: v.code, name: v.name, level: 'VILLAGE', parentCode: t.code, sortOrder: vi }));
    });
  });
  return rows;
}

// Departments that a city and each of its counties have (names follow the usual 机构改革 layout).
const CITY_DEPARTMENTS: [abbr: string, name: string][] = [
  ['ZWFW', '政务服务管理局'],
  ['SCJG', '市场监督管理局'],
  ['GA', '公安局'],
  ['RSJ', '人力资源和社会保障局'],
  ['YB', '医疗保障局'],
  ['WJW', '卫生健康委员会'],
  ['MZ', '民政局'],
  ['ZRZY', '自然资源和规划局'],
  ['ZJ', '住房和城乡建设局'],
  ['JT', '交通运输局'],
  ['JY', '教育体育局'],
  ['SW', '税务局'],
];
const COUNTY_DEPARTMENTS = CITY_DEPARTMENTS.filter(([abbr]) => ['ZWFW', 'SCJG', 'GA', 'RSJ', 'YB', 'MZ'].includes(abbr));

/**
 * The region tree and the departments of the city and its counties.
 * Idempotent: runs at every start and adds only what is missing.
 */
export async function seedRegionsAndDepartments(db: Db, log?: Logger, file = process.env.SEED_DIVISIONS_FILE || DEFAULT_DIVISIONS_FILE): Promise<{ regions: number; departments: number }> {
  const rows = readDivisions(file);
  // Parents before children: the tree rows are already in that order; insert level by level in batches.
  let regions = 0;
  for (const level of ['CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'] as const) {
    const batch = rows.filter((r) => r.level === level);
    const res = await db.region.createMany({ data: batch, skipDuplicates: true });
    regions += res.count;
  }
  const city = rows[0]!;
  const counties = rows.filter((r) => r.level === 'COUNTY');
  const departments = [
    ...CITY_DEPARTMENTS.map(([abbr, name]) => ({ code: `${city.code}-${abbr}`, name: `${city.name}${name}`, shortName: `市${name}`, regionCode: city.code })),
    ...counties.flatMap((c) =>
      COUNTY_DEPARTMENTS.map(([abbr, name]) => ({ code: `${c.code}-${abbr}`, name: `${c.name}${name}`, shortName: name, regionCode: c.code })),
    ),
  ];
  const dep = await db.department.createMany({ data: departments, skipDuplicates: true });
  if (regions || dep.count) log?.info({ regions, departments: dep.count }, 'demo data inserted');
  return { regions, departments: dep.count };
}
