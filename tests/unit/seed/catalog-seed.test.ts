import { checkForPublish } from '../../../server/domain/catalog/consistency';
import { pinyinOf } from '../../../server/domain/search/pinyin';
import { SEED_ITEMS } from '../../../server/db/seed/catalog';
import { buildDocumentSpecs, buildItemRows, type Body } from '../../../server/db/seed/catalog-rows';
import type { SeedLevel } from '../../../server/db/seed/catalog-data/types';

const levels: SeedLevel[] = ['CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'];
const body = (abbr: string, level: SeedLevel): Body => ({ id: `${abbr}-${level}`, code: `X-${abbr}`, abbr, name: `某地${abbr}`, regionCode: '5305', regionLevel: level, regionName: '某地', phone: null });

describe('seed catalogue templates', () => {
  const missing = SEED_ITEMS.flatMap((t) => t.at.map((level) => ({ t, b: body(t.dept, level) })));
  const rows = buildItemRows(missing, new Map(), pinyinOf);

  it('pass the catalogue team’s publish rules, so every seeded guide can be edited and republished', () => {
    const problems = rows.versions.flatMap((v) => {
      const materials = rows.materials.filter((m) => m.versionId === v.id);
      const fees = rows.fees.filter((f) => f.versionId === v.id);
      return checkForPublish({
        name: v.name,
        departmentId: 'dept',
        type: v.type,
        handlingType: v.handlingType,
        statutoryLimit: v.statutoryLimit ?? null,
        statutoryLimitUnit: v.statutoryLimitUnit ?? null,
        promisedLimit: v.promisedLimit,
        promisedLimitUnit: v.promisedLimitUnit ?? 'WORKING_DAY',
        visitsNeeded: v.visitsNeeded,
        visitsReason: v.visitsReason ?? null,
        channels: v.channels as ('WINDOW' | 'ONLINE' | 'POST')[],
        conditions: v.conditions ?? null,
        legalBasis: v.legalBasis ?? null,
        address: v.address ?? null,
        officeHours: v.officeHours ?? null,
        enquiryPhone: v.enquiryPhone ?? null,
        complaintPhone: v.complaintPhone ?? null,
        materialsNone: false,
        materials: materials.map((m) => ({ name: m.name })),
        fees: fees.map((f) => ({ name: f.name, standard: f.standard, basis: f.basis })),
      }).map((p) => `${v.name}: ${p.message}`);
    });
    expect(problems).toEqual([]);
  });

  it('use unique base codes and names, and reach every level', () => {
    expect(new Set(SEED_ITEMS.map((t) => t.base)).size).toBe(SEED_ITEMS.length);
    expect(new Set(SEED_ITEMS.map((t) => t.name)).size).toBe(SEED_ITEMS.length);
    expect(new Set(SEED_ITEMS.flatMap((t) => t.at))).toEqual(new Set(levels));
  });

  it('give every situation option materials that exist and every CONDITIONAL material an option', () => {
    const linked = new Set(rows.optionMaterials.map((o) => o.materialId));
    const orphans = rows.materials.filter((m) => m.requirement === 'CONDITIONAL' && !linked.has(m.id!)).map((m) => m.name);
    expect(orphans).toEqual([]);
  });

  it('describe one blank form and one sample per form material, shared material types once', () => {
    const specs = buildDocumentSpecs(SEED_ITEMS);
    expect(new Set(specs.map((s) => s.key)).size).toBe(specs.length);
    expect(specs.filter((s) => s.key.startsWith('AUTHORISATION_LETTER'))).toHaveLength(2);
  });
});
