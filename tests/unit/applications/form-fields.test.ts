import { formFieldsOf, GENERIC_FORM, validateForm } from '@shared/domain/application/form-fields';

describe('formFieldsOf', () => {
  it('falls back to the generic contact block without a form or with a malformed one', () => {
    expect(formFieldsOf(null)).toEqual(GENERIC_FORM);
    expect(formFieldsOf({ fields: [] })).toEqual(GENERIC_FORM);
    expect(formFieldsOf({ fields: [{ key: 'x', label: 'X', type: 'colour' }] })).toEqual(GENERIC_FORM);
  });

  it('reads the item’s own fields', () => {
    const fields = formFieldsOf({ fields: [{ key: 'area', label: '经营面积', type: 'number', required: true }, { key: 'kind', label: '类型', type: 'select', options: ['餐饮', '零售'] }] });
    expect(fields).toEqual([
      { key: 'area', label: '经营面积', type: 'number', required: true },
      { key: 'kind', label: '类型', type: 'select', required: false, options: ['餐饮', '零售'] },
    ]);
  });
});

describe('validateForm', () => {
  const fields = formFieldsOf({
    fields: [
      { key: 'phone', label: '联系电话', type: 'phone', required: true },
      { key: 'opened', label: '开业日期', type: 'date' },
      { key: 'kind', label: '类型', type: 'select', options: ['餐饮', '零售'] },
      { key: 'name', label: '名称', type: 'text', maxLength: 4 },
    ],
  });

  it('checks only the values given while a draft is filled in, and every required field at submission', () => {
    expect(validateForm(fields, {}, false)).toEqual([]);
    expect(validateForm(fields, {}, true)).toEqual([{ path: 'form.phone', message: '请填写联系电话' }]);
    expect(validateForm(fields, { phone: '13987654321' }, true)).toEqual([]);
    expect(validateForm(fields, { phone: '0875-2123456' }, true)).toEqual([]);
  });

  it('refuses wrong shapes, options outside the list, over-long text and unknown keys', () => {
    const errs = validateForm(fields, { phone: '123', opened: '2026/11/25', kind: '娱乐', name: '张记米线店', extra: 1 }, false);
    expect(errs.map((e) => e.path).sort()).toEqual(['form.extra', 'form.kind', 'form.name', 'form.opened', 'form.phone']);
  });
});
