import {
  formatFaqs,
  formatSituations,
  formatSteps,
  parseFaqs,
  parseSituations,
  parseSteps,
} from '../../../miniprogram/src/staff/pages/catalog-edit/structured-text';

describe('catalogue editor text forms', () => {
  const situations = [
    { text: '谁来办理？', multiple: false, options: [{ text: '本人', materials: [] }, { text: '代办人', materials: ['授权委托书', '受托人身份证'] }] },
    { text: '经营哪些项目？', multiple: true, options: [{ text: '热食', materials: ['申请书'] }] },
  ];

  it('round-trips situations, FAQs and steps', () => {
    expect(parseSituations(formatSituations(situations))).toEqual(situations);
    const faqs = [{ question: '能邮寄吗？', answer: '可以。' }];
    expect(parseFaqs(formatFaqs(faqs))).toEqual(faqs);
    const steps = [
      { name: '申请', description: '网上提交', timeLimit: null },
      { name: '审核', description: '', timeLimit: '3个工作日' },
      { name: '发证', description: '窗口领取或邮寄', timeLimit: '1个工作日' },
    ];
    expect(parseSteps(formatSteps(steps))).toEqual(steps);
  });

  it('reads what people type: ->, half-width colons, blank lines, multi-line answers', () => {
    expect(parseSituations('谁来办理？\n\n- 代办人 -> 委托书;身份证\n')).toEqual([{ text: '谁来办理？', multiple: false, options: [{ text: '代办人', materials: ['委托书', '身份证'] }] }]);
    expect(parseFaqs('问: 要钱吗？\n答: 不收费。\n低保户同样免费。')).toEqual([{ question: '要钱吗？', answer: '不收费。\n低保户同样免费。' }]);
    expect(parseSteps('受理: 窗口\n发证')).toEqual([{ name: '受理', description: '窗口', timeLimit: null }, { name: '发证', description: '', timeLimit: null }]);
    expect(parseSteps('受理：当场（时限：即时）')).toEqual([{ name: '受理', description: '当场（时限：即时）', timeLimit: null }]);
    expect(parseSteps('审查(时限:2个工作日): 材料审查')).toEqual([{ name: '审查', description: '材料审查', timeLimit: '2个工作日' }]);
  });

  it('keeps an option typed before any question, so the server reports the blank question', () => {
    expect(parseSituations('- 是')).toEqual([{ text: '', multiple: false, options: [{ text: '是', materials: [] }] }]);
  });
});
