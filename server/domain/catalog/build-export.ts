import type { TDraftContent } from '@shared/schemas/catalog-admin';
import { FAQ_COLUMNS, FEE_COLUMNS, ITEM_COLUMNS, label, MATERIAL_COLUMNS, MULTI_SEPARATOR, SHEETS, SITUATION_COLUMNS, STEP_COLUMNS } from './national-layout';

/** An item as exported: identity plus the content of the exported version. */
export interface ExportItem {
  implementationCode: string;
  baseCode: string;
  departmentCode: string;
  regionCode: string;
  content: TDraftContent;
}

const yn = (b: boolean) => label('yesNo', String(b));
const str = (v: string | number | null | undefined) => (v == null ? '' : String(v));

/** The sheets of the national element layout (plus 情形, 常见问题, 办理流程), titles first; the importer reads exactly this back. */
export function buildCatalogueSheets(items: ExportItem[]): [name: string, rows: string[][]][] {
  const itemRows = [ITEM_COLUMNS.map(([, t]) => t as string)];
  const materialRows = [MATERIAL_COLUMNS.map(([, t]) => t as string)];
  const feeRows = [FEE_COLUMNS.map(([, t]) => t as string)];
  const situationRows = [SITUATION_COLUMNS.map(([, t]) => t as string)];
  const faqRows = [FAQ_COLUMNS.map(([, t]) => t as string)];
  const stepRows = [STEP_COLUMNS.map(([, t]) => t as string)];
  for (const it of items) {
    const c = it.content;
    const values: Record<string, string> = {
      implementationCode: it.implementationCode,
      baseCode: it.baseCode,
      name: c.name,
      type: label('type', c.type),
      level: label('level', c.level),
      departmentCode: it.departmentCode,
      regionCode: it.regionCode,
      handlingType: label('handlingType', c.handlingType),
      statutoryLimit: str(c.statutoryLimit),
      statutoryLimitUnit: c.statutoryLimitUnit ? label('unit', c.statutoryLimitUnit) : '',
      promisedLimit: str(c.promisedLimit),
      promisedLimitUnit: label('unit', c.promisedLimitUnit),
      visitsNeeded: str(c.visitsNeeded),
      visitsReason: str(c.visitsReason),
      channels: c.channels.map((x) => label('channels', x)).join(MULTI_SEPARATOR),
      onlineDepth: c.onlineDepth.map((x) => label('onlineDepth', x)).join(MULTI_SEPARATOR),
      inServiceCentre: yn(c.inServiceCentre),
      courierDelivery: yn(c.courierDelivery),
      onlinePayment: yn(c.onlinePayment),
      bookingAvailable: yn(c.bookingAvailable),
      anywhereScope: label('anywhereScope', c.anywhereScope),
      conditions: str(c.conditions),
      legalBasis: str(c.legalBasis),
      address: str(c.address),
      officeHours: str(c.officeHours),
      enquiryPhone: str(c.enquiryPhone),
      complaintPhone: str(c.complaintPhone),
      resultName: str(c.resultName),
      resultType: c.resultType ? label('resultType', c.resultType) : '',
      materialsNone: yn(c.materialsNone),
    };
    itemRows.push(ITEM_COLUMNS.map(([f]) => values[f] ?? ''));
    for (const m of c.materials) {
      materialRows.push([
        it.implementationCode,
        m.name,
        label('requirement', m.requirement),
        label('form', m.form),
        label('originality', m.originality),
        String(m.copies),
        label('source', m.source),
        str(m.acceptanceStandard),
        str(m.commonMistakes),
        str(m.conditionText),
      ]);
    }
    for (const f of c.fees) feeRows.push([it.implementationCode, f.name, f.standard, f.basis, str(f.reductions)]);
    for (const q of c.situations ?? []) {
      for (const o of q.options) situationRows.push([it.implementationCode, q.text, yn(q.multiple), o.text, o.materials.join('\n')]);
    }
    for (const f of c.faqs) faqRows.push([it.implementationCode, f.question, f.answer]);
    for (const st of c.processSteps) stepRows.push([it.implementationCode, st.name, st.description, st.timeLimit ?? '']);
  }
  return [
    [SHEETS.items, itemRows],
    [SHEETS.materials, materialRows],
    [SHEETS.fees, feeRows],
    [SHEETS.situations, situationRows],
    [SHEETS.faqs, faqRows],
    [SHEETS.steps, stepRows],
  ];
}
