import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ApplyProblem, DraftForm, DraftSubmit } from '../../../miniprogram/src/pages/apply/draft-parts';

type ElementProps = { className?: string; children?: ReactNode; onInput?: (e: { detail: { value: string } }) => void; onBlur?: () => void; onClick?: () => void };

/** Host elements of the tree (nested components not run) whose class list has `cls`. */
function byClass(node: ReactNode, cls: string): ReactElement<ElementProps>[] {
  if (Array.isArray(node)) return node.flatMap((n: ReactNode) => byClass(n, cls));
  if (!isValidElement<ElementProps>(node)) return [];
  const own = (node.props.className ?? '').split(' ').includes(cls) ? [node] : [];
  return [...own, ...byClass(node.props.children, cls)];
}

const fields = [
  { key: 'name', label: '姓名', type: 'text', required: true },
  { key: 'age', label: '年龄', type: 'number', required: false },
];

describe('DraftForm (item and 一件事 drafts)', () => {
  it('renders one labelled input a field with its saved value, required ones marked', () => {
    const html = renderToStaticMarkup(<DraftForm title='填写申请表' fields={fields} form={{ name: '李军', age: 70 }} onEdit={() => undefined} onBlur={() => undefined} />);
    expect(html).toContain('<div class="ot-section apply-form"><span class="apply-section-title">填写申请表</span>');
    expect(html).toContain('<div class="ot-field apply-field apply-field--name"><span class="ot-field__label">姓名（必填）</span><input class="ot-field__input" type="text" aria-label="姓名" value="李军"/>');
    expect(html).toContain('<span class="ot-field__label">年龄</span><input class="ot-field__input" type="number" aria-label="年龄" value="70"/>');
  });

  it('shows an empty input for a field not filled in yet, and extra content after the fields', () => {
    const html = renderToStaticMarkup(
      <DraftForm title='t' fields={fields} form={{}} onEdit={() => undefined} onBlur={() => undefined}>
        <span className='apply-saved'>已自动保存</span>
      </DraftForm>,
    );
    expect(html).toContain('aria-label="姓名" value=""');
    expect(html).toMatch(/aria-label="年龄" value=""\/><\/div><span class="apply-saved">已自动保存<\/span><\/div>$/);
  });

  it('passes typing as (field, value) and a blur on to the page', () => {
    const onEdit = jest.fn();
    const onBlur = jest.fn();
    const tree = DraftForm({ title: 't', fields, form: {}, onEdit, onBlur });
    const [, age] = byClass(tree, 'ot-field__input');
    age?.props.onInput?.({ detail: { value: '71' } });
    age?.props.onBlur?.();
    expect(onEdit).toHaveBeenCalledWith('age', '71');
    expect(onBlur).toHaveBeenCalledTimes(1);
  });
});

describe('DraftSubmit', () => {
  const submit = (over: Partial<Parameters<typeof DraftSubmit>[0]> = {}) =>
    renderToStaticMarkup(<DraftSubmit problem={null} submitting={false} missing={0} ready='提交申请' onSubmit={() => undefined} {...over} />);

  it('says how many materials are missing, else the page’s own words', () => {
    expect(submit({ missing: 2 })).toContain('>提交申请（还差 2 项材料）</div>');
    expect(submit({ ready: '一次提交到各部门' })).toBe('<div class="ot-button apply-submit" aria-disabled="false">一次提交到各部门</div>');
  });

  it('is marked busy while submitting', () => {
    expect(submit({ submitting: true, missing: 2 })).toBe('<div class="ot-button apply-submit apply-submit--busy" aria-disabled="true">正在提交…</div>');
  });

  it('puts the problem above the button as an alert', () => {
    expect(submit({ problem: '请先上传身份证' })).toMatch(/^<div class="apply-problem" role="alert">请先上传身份证<\/div><div class="ot-button apply-submit"/);
  });

  it('submits on tap', () => {
    const onSubmit = jest.fn();
    const tree = DraftSubmit({ problem: null, submitting: false, missing: 0, ready: 'x', onSubmit });
    byClass(tree, 'apply-submit')[0]?.props.onClick?.();
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});

describe('ApplyProblem', () => {
  it('renders nothing without a problem', () => {
    expect(renderToStaticMarkup(<ApplyProblem problem={null} />)).toBe('');
  });
});
