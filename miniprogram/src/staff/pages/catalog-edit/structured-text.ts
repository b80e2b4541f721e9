import type { TDraftContent, TSituationDraft } from '@shared/schemas/catalog-admin';

/**
 * Plain-text forms of the structured elements, so a catalogue editor can type them on a phone as they would in a
 * memo. Each pair round-trips: parse(format(x)) equals x.
 */

const MULTIPLE_MARK = '（可多选）';
const ARROW = /\s*(?:→|->)\s*/;
const NAME_SEPARATOR = /[;；]/;

/**
 * 情形: a question per line, its options below it as "- 选项 → 材料；材料". "（可多选）" after a question allows
 * several answers.
 */
export function formatSituations(situations: TSituationDraft[]): string {
  return situations
    .map((q) => [`${q.text}${q.multiple ? MULTIPLE_MARK : ''}`, ...q.options.map((o) => `- ${o.text}${o.materials.length ? ` → ${o.materials.join('；')}` : ''}`)].join('\n'))
    .join('\n');
}

export function parseSituations(text: string): TSituationDraft[] {
  const out: TSituationDraft[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const option = /^[-－•·]\s*(.*)$/.exec(line);
    if (option) {
      const [optionText = '', names = ''] = option[1]!.split(ARROW, 2);
      const materials = names.split(NAME_SEPARATOR).map((s) => s.trim()).filter(Boolean);
      const current = out[out.length - 1] ?? out[out.push({ text: '', multiple: false, options: [] }) - 1]!;
      current.options.push({ text: optionText.trim(), materials });
    } else {
      const multiple = line.endsWith(MULTIPLE_MARK);
      out.push({ text: multiple ? line.slice(0, -MULTIPLE_MARK.length).trim() : line, multiple, options: [] });
    }
  }
  return out;
}

/** 常见问题: "问：…" then "答：…" lines; an answer may run over several lines. */
export function formatFaqs(faqs: TDraftContent['faqs']): string {
  return faqs.map((f) => `问：${f.question}\n答：${f.answer}`).join('\n');
}

export function parseFaqs(text: string): TDraftContent['faqs'] {
  const out: TDraftContent['faqs'] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const q = /^问[：:]\s*(.*)$/.exec(line);
    const a = /^答[：:]\s*(.*)$/.exec(line);
    if (q) out.push({ question: q[1]!, answer: '' });
    else if (a && out.length) out[out.length - 1]!.answer = a[1]!;
    else if (out.length) out[out.length - 1]!.answer = `${out[out.length - 1]!.answer}\n${line}`.trim();
    else out.push({ question: line, answer: '' });
  }
  return out;
}

/** 办理流程: one step per line, "名称（时限：1个工作日）：说明" (time limit and description are optional). */
export function formatSteps(steps: TDraftContent['processSteps']): string {
  return steps
    .map((s) => {
      const head = s.timeLimit ? `${s.name}（时限：${s.timeLimit}）` : s.name;
      return s.description ? `${head}：${s.description}` : head;
    })
    .join('\n');
}

const STEP_TIME_LIMIT = /[（(]\s*时限\s*[：:]\s*([^）)]*)[）)]\s*$/;

export function parseSteps(text: string): TDraftContent['processSteps'] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      // The name ends at the first colon, unless that colon belongs to the "（时限：…）" note after the name.
      let i = l.search(/[：:]/);
      if (i >= 0 && /[（(]\s*时限\s*$/.test(l.slice(0, i))) {
        const close = l.slice(i).search(/[）)]/);
        const next = close < 0 ? -1 : l.slice(i + close).search(/[：:]/);
        i = next < 0 ? -1 : i + close + next;
      }
      const head = (i < 0 ? l : l.slice(0, i)).trim();
      const description = i < 0 ? '' : l.slice(i + 1).trim();
      const m = STEP_TIME_LIMIT.exec(head);
      const timeLimit = m?.[1]?.trim() || null;
      return { name: (m ? head.slice(0, m.index) : head).trim(), description, timeLimit };
    });
}
