import type { TGuide, TGuideSituation } from '@shared/schemas/catalog';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { recordGuideView } from './count-guide-views';
import { presentFile, presentMaterial, presentSummary, reductionPercent, summarySelect } from '../../presenters/guide.presenter';

const fileSelect = { select: { id: true, originalName: true, mime: true, size: true, deletedAt: true } } as const;

/** Implementation codes are short ASCII; anything else cannot exist and is not echoed back at length. */
const CODE = /^[A-Za-z0-9-]{1,64}$/;

/** The 404 a citizen sees for a code that is not (or no longer) a published guide: says what to do next. */
export async function guideNotFound(db: Db, code: string): Promise<Error> {
  const known = CODE.test(code)
    ? await db.serviceItem.findUnique({
        where: { implementationCode: code },
        select: { versions: { where: { status: 'RETIRED', retiredReason: { not: null } }, orderBy: { versionNo: 'desc' }, take: 1, select: { retiredAt: true, retiredReason: true } } },
      })
    : null;
  const retired = known?.versions[0];
  if (retired?.retiredAt) {
    const d = retired.retiredAt;
    const day = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' }).format(d);
    return errors.notFound(`该事项已于${day}下线，原因：${retired.retiredReason}。请通过搜索查找相关事项，或拨打12345政务服务便民热线咨询。`);
  }
  if (known) return errors.notFound('该事项已停止办理或正在更新，暂无可用的办事指南。请通过搜索查找相关事项，或拨打12345政务服务便民热线咨询。');
  const shown = code.length > 32 ? `${code.slice(0, 32)}…` : code;
  return errors.notFound(`没有找到编码为“${shown}”的办事指南。编码可能有误或事项已调整，请通过搜索查找事项，或拨打12345咨询。`);
}

/** Load the published version of an item with everything its guide shows. */
export async function loadPublishedGuide(db: Db, code: string) {
  if (!CODE.test(code)) return null;
  return db.serviceItemVersion.findFirst({
    where: { status: 'PUBLISHED', item: { implementationCode: code } },
    orderBy: { versionNo: 'desc' },
    select: {
      ...summarySelect,
      id: true,
      versionNo: true,
      publishedAt: true,
      visitsReason: true,
      onlineDepth: true,
      inServiceCentre: true,
      onlinePayment: true,
      bookingAvailable: true,
      anywhereScope: true,
      conditions: true,
      legalBasis: true,
      processSteps: true,
      address: true,
      officeHours: true,
      enquiryPhone: true,
      complaintPhone: true,
      resultName: true,
      resultType: true,
      resultSampleFile: fileSelect,
      themeCodes: true,
      item: {
        select: {
          ...summarySelect.item.select,
          id: true,
          baseCode: true,
          department: { select: { code: true, name: true, phone: true } },
          bundleItems: { where: { bundle: { status: 'PUBLISHED' } }, select: { bundle: { select: { code: true, name: true } } } },
        },
      },
      materials: { orderBy: { sortOrder: 'asc' }, include: { blankFormFile: fileSelect, sampleFile: fileSelect, materialType: { select: { governmentIssued: true } } } },
      fees: { orderBy: { sortOrder: 'asc' } },
      faqs: { orderBy: { sortOrder: 'asc' } },
      questions: { orderBy: { sortOrder: 'asc' }, include: { options: { orderBy: { sortOrder: 'asc' }, include: { materials: { select: { materialId: true } } } } } },
    },
  });
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadPublishedGuide>>>;

export function presentSituations(v: Pick<Loaded, 'questions'>): TGuideSituation[] {
  return v.questions.map((q) => ({
    id: q.id,
    text: q.text,
    multiple: q.multiple,
    options: q.options.map((o) => ({ id: o.id, text: o.text, materialIds: o.materials.map((m) => m.materialId) })),
  }));
}

function processSteps(json: unknown): TGuide['processSteps'] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((s: unknown) => {
    const step = s as { name?: unknown; description?: unknown; timeLimit?: unknown };
    if (typeof step?.name !== 'string') return [];
    return [{ name: step.name, description: typeof step.description === 'string' ? step.description : '', timeLimit: typeof step.timeLimit === 'string' ? step.timeLimit : null }];
  });
}

/** GET /guides/:code: the published guide with every element a citizen needs, or a helpful 404. */
export async function getGuide(db: Db, code: string): Promise<TGuide> {
  const v = await loadPublishedGuide(db, code);
  if (!v) throw await guideNotFound(db, code);
  recordGuideView(db, code);
  const summary = presentSummary(v);
  const themes = v.themeCodes.length ? await db.lifeTheme.findMany({ where: { code: { in: v.themeCodes } }, orderBy: { sortOrder: 'asc' } }) : [];
  const delivery: TGuide['result']['delivery'] = ['WINDOW_PICKUP'];
  if (v.courierDelivery) delivery.push('COURIER');
  if (v.onlineDepth.includes('E_LICENCE_FEEDBACK') && v.resultType === 'LICENCE') delivery.push('ELECTRONIC');
  return {
    ...summary,
    itemId: v.item.id,
    baseCode: v.item.baseCode,
    versionNo: v.versionNo,
    publishedAt: v.publishedAt?.toISOString() ?? null,
    departmentPhone: v.item.department.phone,
    reductionPercent: reductionPercent(summary.promisedLimit, summary.statutoryLimit),
    visitsReason: v.visitsReason,
    channels: v.channels,
    onlineDepth: v.onlineDepth,
    inServiceCentre: v.inServiceCentre,
    courierDelivery: v.courierDelivery,
    onlinePayment: v.onlinePayment,
    bookingAvailable: v.bookingAvailable,
    anywhereScope: v.anywhereScope,
    canApplyOnline: v.channels.includes('ONLINE'),
    conditions: v.conditions,
    legalBasis: v.legalBasis,
    processSteps: processSteps(v.processSteps),
    fees: v.fees.map((f) => ({ name: f.name, standard: f.standard, amountFen: f.amountFen, basis: f.basis, reductions: f.reductions })),
    free: v.fees.length === 0 || v.fees.every((f) => f.amountFen === 0),
    location: {
      address: v.address,
      officeHours: v.officeHours,
      mapUrl: v.address ? `https://uri.amap.com/search?keyword=${encodeURIComponent(v.address)}&src=onetrip` : null,
    },
    enquiryPhone: v.enquiryPhone,
    complaintPhone: v.complaintPhone,
    result: { name: v.resultName, type: v.resultType, sample: presentFile(v.resultSampleFile), delivery },
    materials: v.materials.map(presentMaterial),
    situations: presentSituations(v),
    faqs: v.faqs.map((f) => ({ question: f.question, answer: f.answer })),
    themes: themes.map((t) => ({ code: t.code, name: t.name })),
    bundles: v.item.bundleItems.map((b) => b.bundle),
  };
}
