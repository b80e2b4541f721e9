import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pinyinOf } from '../../domain/search/pinyin';
import type { Logger } from '../../logger';
import type { Db } from '../client';
import { BUSINESS_ITEMS } from './catalog-data/items-business';
import { LAND_ITEMS } from './catalog-data/items-land';
import { LOCAL_ITEMS } from './catalog-data/items-local';
import { PEOPLE_ITEMS } from './catalog-data/items-people';
import { SOCIAL_ITEMS } from './catalog-data/items-social';
import { UTILITY_ITEMS } from './catalog-data/items-utility';
import { BUNDLES, LOCAL_CENTRES, THEMES, UTILITIES } from './catalog-data/places';
import { buildDocumentSpecs, buildItemRows, type Body } from './catalog-rows';
import { renderDocument } from './catalog-data/documents';
import type { SeedItem } from './catalog-data/types';

/** Every seed template of the demo catalogue. */
export const SEED_ITEMS: SeedItem[] = [...BUSINESS_ITEMS, ...PEOPLE_ITEMS, ...SOCIAL_ITEMS, ...LAND_ITEMS, ...UTILITY_ITEMS, ...LOCAL_ITEMS];

const MATERIAL_TYPES: [code: string, name: string, governmentIssued: boolean][] = [
  ['ID_CARD', '居民身份证', true],
  ['HOUSEHOLD_REGISTER', '居民户口簿', true],
  ['BUSINESS_LICENCE', '营业执照', true],
  ['PROPERTY_CERT', '不动产权证书', true],
  ['BIRTH_CERT', '出生医学证明', true],
  ['MARRIAGE_CERT', '结婚证', true],
  ['VEHICLE_LICENCE', '机动车行驶证', true],
  ['AUTHORISATION_LETTER', '授权委托书', false],
  ['LEASE_CONTRACT', '房屋租赁合同', false],
  ['PHOTO', '证件照片', false],
  ['BANK_CARD', '银行卡', false],
];

/** Where generated documents are stored: outside the web root, under DATA_DIR/files. */
export function catalogFilesDir(dataDir = process.env.DATA_DIR || path.resolve(__dirname, '../../../.data')): string {
  return path.join(dataDir, 'files');
}

/**
 * The demo service catalogue of the city: utilities and local service centres as implementing bodies, life-event
 * themes, ≥120 published items of every type and level with complete guides, situations, generated blank forms and
 * samples, and the three bundles. Idempotent: adds only the items, bundles and files that are missing.
 */
export async function seedCatalog(db: Db, log?: Logger, filesDir = catalogFilesDir()): Promise<{ items: number; bundles: number; files: number }> {
  const city = await db.region.findFirst({ where: { parentCode: null }, orderBy: { code: 'asc' } });
  if (!city) return { items: 0, bundles: 0, files: 0 };
  const counties = await db.region.findMany({ where: { parentCode: city.code }, orderBy: { code: 'asc' } });
  const localCodes = LOCAL_CENTRES.flatMap(([t, vs]) => [t, ...vs]);
  const locals = await db.region.findMany({ where: { code: { in: localCodes } } });
  const regionName = new Map([city, ...counties, ...locals].map((r) => [r.code, r.name]));

  await db.lifeTheme.createMany({ data: THEMES.map(([code, name, description], i) => ({ code, name, description, sortOrder: i })), skipDuplicates: true });
  await db.materialType.createMany({ data: MATERIAL_TYPES.map(([code, name, governmentIssued]) => ({ code, name, governmentIssued })), skipDuplicates: true });
  await db.department.createMany({
    data: [
      ...UTILITIES.map(([abbr, name, phone], i) => ({ code: `${city.code}-${abbr}`, name, shortName: name, regionCode: city.code, phone, sortOrder: 100 + i })),
      ...locals.map((r) => ({
        code: `${r.code}-BMFW`,
        name: `${regionName.get(r.parentCode ?? '') ?? ''}${r.name.replace(/(居民|村民)委员会$/, '')}便民服务${r.level === 'TOWNSHIP' ? '中心' : '站'}`,
        shortName: `${r.name.replace(/(居民|村民)委员会$/, '')}便民服务${r.level === 'TOWNSHIP' ? '中心' : '站'}`,
        regionCode: r.code,
        sortOrder: 200,
      })),
    ],
    skipDuplicates: true,
  });
  const departments = await db.department.findMany({ where: { regionCode: { in: [...regionName.keys()] } } });

  // Implementing bodies per level: the city's and each county's departments, township centres, village stations.
  const bodies: Body[] = departments.map((d) => {
    const region = [city, ...counties, ...locals].find((r) => r.code === d.regionCode)!;
    return { id: d.id, code: d.code, abbr: d.code.slice(d.regionCode.length + 1), name: d.name, regionCode: d.regionCode, regionLevel: region.level, regionName: region.name, phone: d.phone };
  });
  const existing = new Set((await db.serviceItem.findMany({ select: { implementationCode: true } })).map((i) => i.implementationCode));
  const planned = SEED_ITEMS.flatMap((t) => bodies.filter((b) => t.at.includes(b.regionLevel) && b.abbr === t.dept).map((b) => ({ t, b })));
  const missing = planned.filter(({ t, b }) => !existing.has(`${b.code}-${t.base}`));

  const fileIds = await ensureDocuments(db, buildDocumentSpecs([...new Set(missing.map((m) => m.t))]), filesDir);
  const rows = buildItemRows(missing, fileIds, pinyinOf);
  await db.$transaction([
    db.serviceItem.createMany({ data: rows.items }),
    db.serviceItemVersion.createMany({ data: rows.versions }),
    db.itemMaterial.createMany({ data: rows.materials }),
    db.itemFee.createMany({ data: rows.fees }),
    db.itemFaq.createMany({ data: rows.faqs }),
    db.itemQuestion.createMany({ data: rows.questions }),
    db.itemQuestionOption.createMany({ data: rows.options }),
    db.itemOptionMaterial.createMany({ data: rows.optionMaterials }),
  ]);

  let bundles = 0;
  for (const b of BUNDLES) {
    if (await db.bundle.findUnique({ where: { code: b.code }, select: { id: true } })) continue;
    const lead = departments.find((d) => d.code === b.lead);
    const items = await db.serviceItem.findMany({ where: { implementationCode: { in: b.items.map(([d, base]) => `${d}-${base}`) } } });
    if (!lead || items.length !== b.items.length) continue;
    await db.bundle.create({
      data: {
        code: b.code,
        name: b.name,
        description: b.description,
        regionCode: b.regionCode,
        leadDepartmentId: lead.id,
        keywords: b.keywords,
        status: 'PUBLISHED',
        publishedAt: new Date(),
        items: { create: b.items.map(([d, base], i) => ({ itemId: items.find((it) => it.implementationCode === `${d}-${base}`)!.id, sortOrder: i })) },
      },
    });
    bundles += 1;
  }
  const files = new Set(fileIds.values()).size;
  if (rows.items.length || bundles) log?.info({ items: rows.items.length, bundles, files }, 'demo catalogue inserted');
  return { items: rows.items.length, bundles, files };
}

const SEED_DOCUMENTS_DIR = path.resolve(__dirname, '../../../prisma/seed/documents');

/** A document rendered ahead of time by catalog-data/render-documents.ts, when committed. */
function readCommittedDocument(key: string): { data: Buffer; mime: string; ext: string } | null {
  const file = path.join(SEED_DOCUMENTS_DIR, `${key}.pdf`);
  return fs.existsSync(file) ? { data: fs.readFileSync(file), mime: 'application/pdf', ext: 'pdf' } : null;
}

/**
 * Make sure every generated document has a stored file (row + bytes on disk). Existing rows are reused by their
 * storage-key prefix, so a re-seed renders nothing; a missing file on disk is rendered again.
 */
async function ensureDocuments(db: Db, specs: ReturnType<typeof buildDocumentSpecs>, filesDir: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (specs.length === 0) return ids;
  const existing = await db.storedFile.findMany({ where: { storageKey: { startsWith: 'catalog-docs/' } }, select: { id: true, storageKey: true } });
  const byKey = new Map(existing.map((f) => [f.storageKey.slice('catalog-docs/'.length).replace(/\.[a-z]+$/, '').replace(/-[0-9a-f]{16}$/, ''), f]));
  const rows: { id: string; storageKey: string; sha256: string; mime: string; size: number; originalName: string; purpose: 'BLANK_FORM' | 'SAMPLE' }[] = [];
  for (const spec of specs) {
    const found = byKey.get(spec.key);
    if (found && fs.existsSync(path.join(filesDir, found.storageKey))) {
      ids.set(spec.key, found.id);
      continue;
    }
    const doc = readCommittedDocument(spec.key) ?? (await renderDocument(spec));
    const sha256 = crypto.createHash('sha256').update(doc.data).digest('hex');
    const storageKey = `catalog-docs/${spec.key}-${sha256.slice(0, 16)}.${doc.ext}`;
    const file = path.join(filesDir, storageKey);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename: two servers seeding at once never see half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, doc.data);
    fs.renameSync(tmp, file);
    if (found) {
      ids.set(spec.key, found.id);
      continue;
    }
    const id = crypto.randomUUID();
    const suffix = spec.kind === 'blank' ? '（空白表）' : '（示例）';
    rows.push({ id, storageKey, sha256, mime: doc.mime, size: doc.data.length, originalName: `${spec.materialName}${suffix}.${doc.ext}`, purpose: spec.kind === 'blank' ? 'BLANK_FORM' : 'SAMPLE' });
    ids.set(spec.key, id);
  }
  await db.storedFile.createMany({ data: rows, skipDuplicates: true });
  return ids;
}
