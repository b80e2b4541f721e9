import crypto from 'node:crypto';
import type { Prisma } from '../../generated/prisma/client';
import type { DocumentSpec } from './catalog-data/documents';
import type { SeedItem, SeedLevel, SeedMaterial } from './catalog-data/types';

/** An implementing body the seed attaches items to. */
export interface Body {
  id: string;
  code: string;
  abbr: string;
  name: string;
  regionCode: string;
  regionLevel: SeedLevel;
  regionName: string;
  phone: string | null;
}

const ORIGINALITY = { O: 'ORIGINAL', C: 'COPY', OC: 'ORIGINAL_AND_COPY' } as const;
const SOURCE = { A: 'APPLICANT', G: 'GOVERNMENT', I: 'INTERMEDIARY' } as const;
const ALL_DEPTHS = ['CONSULT', 'RECEIVE', 'PRE_REVIEW', 'ACCEPT', 'HANDLE', 'RESULT_FEEDBACK', 'E_LICENCE_FEEDBACK'] as const;
const LEVEL_WEIGHT: Record<SeedLevel, number> = { CITY: 1, COUNTY: 0.6, TOWNSHIP: 0.4, VILLAGE: 0.3 };
const OFFICE_HOURS = '周一至周五 9:00-12:00，14:30-18:00（法定节假日除外）';

/** Key of a material's generated documents: shared material types have one document for every item. */
function docKey(t: SeedItem, m: SeedMaterial, i: number, kind: 'blank' | 'sample'): string {
  return `${m.type ?? `${t.base}-${i}`}-${kind}`;
}

/** Blank form and filled sample specs for the templates' materials marked `form`. */
export function buildDocumentSpecs(templates: SeedItem[]): DocumentSpec[] {
  const specs = new Map<string, DocumentSpec>();
  for (const t of templates) {
    t.materials.forEach((m, i) => {
      if (!m.form) return;
      for (const kind of ['blank', 'sample'] as const) {
        const key = docKey(t, m, i, kind);
        if (!specs.has(key)) specs.set(key, { key, kind, itemName: m.type ? '各类事项通用' : t.name, materialName: m.name.replace(/及代理人身份证$/, '') });
      }
    });
  }
  return [...specs.values()];
}

function phoneFor(code: string): string {
  const n = parseInt(crypto.createHash('sha1').update(code).digest('hex').slice(0, 8), 16) % 1_000_000;
  return `0875-2${String(n).padStart(6, '0')}`;
}

function addressFor(b: Body, inCentre: boolean): string {
  const short = b.name.replace(b.regionName, '').replace(/^保山市/, '');
  if (b.regionLevel === 'CITY') return inCentre ? `保山市隆阳区九隆路保山市政务服务中心 ${short}窗口` : `保山市隆阳区 ${b.name}`;
  if (b.regionLevel === 'COUNTY') return `${b.regionName}政务服务中心 ${short}窗口`;
  return b.name;
}

function defaultSteps(t: SeedItem): [string, string, string?][] {
  if (t.instant) {
    return [
      ['提交申请', '在小程序或窗口提交申请和材料', '随时'],
      ['受理办结', '材料齐全、符合法定形式的当场办结', '即时'],
      ['结果送达', t.courier ? '窗口领取或免费邮寄' : '窗口领取或电子结果', '1个工作日'],
    ];
  }
  return [
    ['提交申请', '在小程序或窗口提交申请和材料', '随时'],
    ['预审受理', '1个工作日内完成预审，需补正的一次性告知全部内容', '1个工作日'],
    ['审查决定', '审查材料，必要时核查，作出决定', `${Math.max(t.promised - 1, 1)}个工作日`],
    ['结果送达', t.courier ? '免费邮寄、窗口领取或电子证照' : '窗口领取或电子结果', '办结后1个工作日'],
  ];
}

/** Database rows for the missing implementations, with fresh ids, ready for createMany. */
export function buildItemRows(missing: { t: SeedItem; b: Body }[], fileIds: Map<string, string>, pinyinOf: (s: string) => { full: string; initials: string }) {
  const now = new Date();
  const rows = {
    items: [] as { id: string; baseCode: string; implementationCode: string; departmentId: string; regionCode: string; popularity: number }[],
    versions: [] as Prisma.ServiceItemVersionCreateManyInput[],
    materials: [] as Prisma.ItemMaterialCreateManyInput[],
    fees: [] as { id: string; versionId: string; sortOrder: number; name: string; standard: string; amountFen: number | null; basis: string; reductions: string | null }[],
    faqs: [] as { id: string; versionId: string; sortOrder: number; question: string; answer: string }[],
    questions: [] as { id: string; versionId: string; sortOrder: number; text: string; multiple: boolean }[],
    options: [] as { id: string; questionId: string; sortOrder: number; text: string }[],
    optionMaterials: [] as { optionId: string; materialId: string }[],
  };
  for (const { t, b } of missing) {
    const itemId = crypto.randomUUID();
    const versionId = crypto.randomUUID();
    const online = t.online !== false;
    const inCentre = t.centre !== false;
    const popularity = Math.round((t.popularity ?? 100) * LEVEL_WEIGHT[b.regionLevel] * (b.regionCode === '530502' ? 1.2 : 1));
    rows.items.push({ id: itemId, baseCode: t.base, implementationCode: `${b.code}-${t.base}`, departmentId: b.id, regionCode: b.regionCode, popularity });
    const py = pinyinOf(t.name);
    rows.versions.push({
      id: versionId,
      itemId,
      versionNo: 1,
      status: 'PUBLISHED',
      name: t.name,
      namePinyin: py.full,
      nameInitials: py.initials,
      keywords: t.keywords,
      themeCodes: t.themes,
      type: t.type,
      level: b.regionLevel,
      handlingType: t.instant ? 'INSTANT' : 'PROMISED',
      statutoryLimit: t.statutory,
      statutoryLimitUnit: t.statutory === null ? null : 'WORKING_DAY',
      promisedLimit: t.promised,
      promisedLimitUnit: 'WORKING_DAY',
      visitsNeeded: t.visits,
      visitsReason: t.visits > 0 ? (t.visitsReason ?? null) : null,
      channels: ['WINDOW' as const, ...(online ? (['ONLINE'] as const) : []), ...(t.post ? (['POST'] as const) : [])],
      onlineDepth: online ? (t.visits === 0 ? [...ALL_DEPTHS] : ALL_DEPTHS.slice(0, 6)) : ['CONSULT'],
      inServiceCentre: inCentre,
      courierDelivery: t.courier ?? false,
      onlinePayment: t.pay ?? false,
      bookingAvailable: t.booking ?? false,
      anywhereScope: t.anywhere ?? 'NONE',
      conditions: t.conditions,
      legalBasis: t.legal,
      processSteps: (t.steps ?? defaultSteps(t)).map(([name, description, timeLimit]) => ({ name, description, timeLimit: timeLimit ?? null })),
      address: addressFor(b, inCentre),
      officeHours: OFFICE_HOURS,
      enquiryPhone: b.phone ?? phoneFor(b.code),
      complaintPhone: '0875-12345',
      resultName: t.result[0],
      resultType: t.result[1],
      publishedAt: now,
      changeNote: '首次发布',
    });
    const materialIds = new Map<string, string>();
    t.materials.forEach((m, i) => {
      const id = crypto.randomUUID();
      materialIds.set(m.name, id);
      rows.materials.push({
        id,
        versionId,
        materialTypeCode: m.type ?? null,
        sortOrder: i,
        name: m.name,
        requirement: m.when ? 'CONDITIONAL' : 'REQUIRED',
        conditionText: m.when ?? null,
        form: 'PAPER_OR_ELECTRONIC',
        originality: ORIGINALITY[m.orig ?? 'O'],
        copies: m.copies ?? 1,
        source: SOURCE[m.src ?? 'A'],
        sourceDetail: m.srcDetail ?? null,
        isKey: !m.minor,
        blankFormFileId: m.form ? (fileIds.get(docKey(t, m, i, 'blank')) ?? null) : null,
        sampleFileId: m.form ? (fileIds.get(docKey(t, m, i, 'sample')) ?? null) : null,
        commonMistakes: m.mistakes ?? null,
        acceptanceStandard: m.standard ?? null,
      });
    });
    (t.fees ?? []).forEach(([name, standard, amountFen, basis, reductions], i) =>
      rows.fees.push({ id: crypto.randomUUID(), versionId, sortOrder: i, name, standard, amountFen, basis, reductions: reductions ?? null }),
    );
    t.faqs.forEach(([question, answer], i) => rows.faqs.push({ id: crypto.randomUUID(), versionId, sortOrder: i, question, answer }));
    (t.questions ?? []).forEach((q, qi) => {
      const questionId = crypto.randomUUID();
      rows.questions.push({ id: questionId, versionId, sortOrder: qi, text: q.text, multiple: q.multiple ?? false });
      q.options.forEach(([text, names], oi) => {
        const optionId = crypto.randomUUID();
        rows.options.push({ id: optionId, questionId, sortOrder: oi, text });
        for (const name of names) {
          const materialId = materialIds.get(name);
          if (!materialId) throw new Error(`seed item ${t.base}: option "${text}" names unknown material "${name}"`);
          rows.optionMaterials.push({ optionId, materialId });
        }
      });
    });
  }
  return rows;
}
