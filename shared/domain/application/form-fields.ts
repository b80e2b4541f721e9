/**
 * The application form of an item: the fields of its published form definition (ServiceItemVersion.formSchema,
 * `{ fields: [{ key, label, type, required?, options?, maxLength? }] }`), or, when it has none, a generic contact
 * and address block. Pure, so the mini-program validates exactly as the server does.
 */
export type TFormFieldType = 'text' | 'textarea' | 'phone' | 'number' | 'date' | 'select' | 'multiselect';

export interface FormField {
  key: string;
  label: string;
  type: TFormFieldType;
  required: boolean;
  options?: string[];
  maxLength?: number;
}

const TYPES: readonly TFormFieldType[] = ['text', 'textarea', 'phone', 'number', 'date', 'select', 'multiselect'];

/** Used when the item defines no form of its own. */
export const GENERIC_FORM: readonly FormField[] = [
  { key: 'contactName', label: '联系人', type: 'text', required: true, maxLength: 50 },
  { key: 'contactPhone', label: '联系电话', type: 'phone', required: true },
  { key: 'address', label: '联系地址', type: 'text', required: false, maxLength: 200 },
  { key: 'note', label: '备注', type: 'textarea', required: false, maxLength: 500 },
];

/** The fields of a stored form definition; anything malformed falls back to the generic block. */
export function formFieldsOf(formSchema: unknown): FormField[] {
  const raw = (formSchema as { fields?: unknown } | null)?.fields;
  if (!Array.isArray(raw) || raw.length === 0) return [...GENERIC_FORM];
  const fields: FormField[] = [];
  for (const f of raw as Record<string, unknown>[]) {
    if (!f || typeof f.key !== 'string' || typeof f.label !== 'string' || !TYPES.includes(f.type as TFormFieldType)) return [...GENERIC_FORM];
    fields.push({
      key: f.key,
      label: f.label,
      type: f.type as TFormFieldType,
      required: f.required === true,
      ...(Array.isArray(f.options) ? { options: f.options.map(String) } : {}),
      ...(typeof f.maxLength === 'number' ? { maxLength: f.maxLength } : {}),
    });
  }
  return fields;
}

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const empty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

function fieldError(f: FormField, v: unknown): string | null {
  if (empty(v)) return null;
  switch (f.type) {
    case 'text':
    case 'textarea':
      if (typeof v !== 'string') return `${f.label}应为文字`;
      return f.maxLength && v.length > f.maxLength ? `${f.label}不能超过${f.maxLength}个字` : null;
    case 'phone':
      return typeof v === 'string' && PHONE.test(v.trim()) ? null : `${f.label}格式不正确`;
    case 'number':
      return typeof v === 'number' || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) ? null : `${f.label}应为数字`;
    case 'date':
      return typeof v === 'string' && DATE.test(v) ? null : `${f.label}应为日期（年-月-日）`;
    case 'select':
      return typeof v === 'string' && (!f.options || f.options.includes(v)) ? null : `请从选项中选择${f.label}`;
    case 'multiselect':
      return Array.isArray(v) && (!f.options || v.every((x) => f.options!.includes(x))) ? null : `请从选项中选择${f.label}`;
  }
}

/**
 * Field errors of the form values. `complete` also asks for every required field (at submission); while a draft
 * is being filled in only the values given are checked. Unknown keys are refused.
 */
export function validateForm(fields: readonly FormField[], values: Readonly<Record<string, unknown>>, complete: boolean): { path: string; message: string }[] {
  const errs: { path: string; message: string }[] = [];
  for (const key of Object.keys(values)) if (!fields.some((f) => f.key === key)) errs.push({ path: `form.${key}`, message: '表单中没有该项' });
  for (const f of fields) {
    const v = values[f.key];
    const msg = complete && f.required && empty(v) ? `请填写${f.label}` : fieldError(f, v);
    if (msg) errs.push({ path: `form.${f.key}`, message: msg });
  }
  return errs;
}
