import { checkTemplateData } from '../../../server/adapters/wechat/simulator/sim-state';
import {
  ellipsize,
  fieldKindOf,
  fillPlaceholders,
  fitCharacterString,
  fitDate,
  fitField,
  fitPhrase,
  fitThing,
  fitTime,
} from '../../../server/domain/notifications/fit-fields';
import { DEFAULT_NOTIFICATION_TEMPLATES, TemplateConfigError, parseNotificationTemplates } from '../../../server/config/notification-templates';
import { renderWeChatData } from '../../../server/services/notifications/render-notification';

describe('fitting values into WeChat subscribe-message fields', () => {
  it('thing: ≤20 characters, shortened with an ellipsis, never empty', () => {
    expect(fitThing('食品经营许可证核发')).toBe('食品经营许可证核发');
    const long = '保山市隆阳区市场监督管理局食品经营许可证（新办）核发';
    const v = fitThing(long);
    expect([...v]).toHaveLength(20);
    expect(v.endsWith('…')).toBe(true);
    expect(v.startsWith('保山市隆阳区市场监督管理局')).toBe(true);
    expect(fitThing('   ')).toBe('—');
    expect(fitThing('a\n\n b')).toBe('a b');
    expect(ellipsize('𠀀'.repeat(25), 20)).toHaveLength(19 * 2 + 1); // astral characters count once
  });

  it('character_string: ≤32 printable ASCII, keeps the distinguishing end', () => {
    expect(fitCharacterString('YN530502-20261125-0001')).toBe('YN530502-20261125-0001');
    expect(fitCharacterString('编号 SF 1234')).toBe('SF1234');
    const long = 'A'.repeat(20) + '-20261125-000123';
    expect(fitCharacterString(long)).toHaveLength(32);
    expect(fitCharacterString(long).endsWith('000123')).toBe(true);
    expect(fitCharacterString('全中文')).toBe('-');
  });

  it('phrase: 1-5 Chinese characters or the fallback word (never a cut word)', () => {
    expect(fitPhrase('已受理')).toBe('已受理');
    expect(fitPhrase('特别程序进行中啊')).toBe('有更新');
    expect(fitPhrase('OK', '已办结')).toBe('已办结');
    expect(fitPhrase('OK', 'not chinese')).toBe('有更新');
  });

  it('time and date in China time, in the format WeChat accepts', () => {
    expect(fitTime(new Date('2026-11-25T07:01:00Z'))).toBe('2026年11月25日 15:01');
    expect(fitTime('2026-12-31T16:30:00Z')).toBe('2027年1月1日 00:30');
    expect(fitTime('2026-10-08')).toBe('2026年10月8日');
    expect(fitDate(new Date('2026-11-25T20:00:00Z'))).toBe('2026年11月26日');
    expect(fitTime('garbage', new Date('2026-01-02T00:00:00Z'))).toBe('2026年1月2日 08:00');
  });

  it('field keys and placeholders', () => {
    expect(fieldKindOf('thing12')).toBe('thing');
    expect(fieldKindOf('character_string2')).toBe('character_string');
    expect(fieldKindOf('title1')).toBeUndefined();
    expect(fillPlaceholders('需补正{n}项：{x}', { n: 2 })).toBe('需补正2项：');
    expect(fillPlaceholders('{a}{b}', { a: null, b: 'x' }, '—')).toBe('—x');
    expect(fitField('number', '共 3 项')).toBe('3');
    expect(fitField('amount', '12.5')).toBe('12.50元');
  });

  it('every default template renders data the WeChat simulator (real limits) accepts, even with extreme values', () => {
    const cfg = parseNotificationTemplates(DEFAULT_NOTIFICATION_TEMPLATES);
    const values = {
      itemName: '保山市隆阳区市场监督管理局食品经营许可证（新办）核发及变更一件事',
      caseNumber: 'YN530502-20261125-000001-EXTRA-LONG-SUFFIX',
      reason: '申请材料与法定形式不符，且申请事项不属于本机关职权范围，依法不予受理，请向有权机关申请',
      promisedDate: '2026-12-01',
      eventTime: '2026-11-25T07:01:00Z',
      materialCount: 12,
      waybillNo: 'SF1234567890123',
      courierName: '顺丰速运',
      statusLabel: '已办结',
    };
    for (const [key, t] of Object.entries(cfg.templates)) {
      if (!t.wechat) continue;
      const data = renderWeChatData(t.wechat, values, new Date());
      expect([key, checkTemplateData(data)]).toEqual([key, null]);
      // Missing values still give valid fields.
      expect([key, checkTemplateData(renderWeChatData(t.wechat, {}, new Date()))]).toEqual([key, null]);
    }
  });
});

describe('template configuration', () => {
  it('accepts the defaults and refuses a malformed one with every problem listed', () => {
    expect(() => parseNotificationTemplates(DEFAULT_NOTIFICATION_TEMPLATES)).not.toThrow();
    const bad = {
      miniprogramState: 'beta',
      templates: {
        'case.accepted': { audience: 'citizen', title: '受理', body: '{x', page: '/pages/case/index', wechat: { templateId: '!', fields: { foo1: 'x' } } },
        'staff.x': { audience: 'staff', title: 't', body: 'b' },
      },
      moments: { submit: ['case.accepted', 'case.nope', 'staff.x'] },
    };
    let err: unknown;
    try {
      parseNotificationTemplates(bad, 'test.json');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TemplateConfigError);
    const msg = (err as Error).message;
    expect(msg).toContain('Invalid notification templates (test.json)');
    expect(msg).toContain('miniprogramState');
    expect(msg).toContain('templates.case.accepted.body: placeholders look like {caseNumber}');
    expect(msg).toContain('templates.case.accepted.page');
    expect(msg).toContain('templates.case.accepted.wechat.templateId');
    expect(msg).toContain('"foo1" is not a WeChat field key');
  });

  it('refuses moments naming unknown, staff-only or WeChat-less templates', () => {
    const cfg = structuredClone(DEFAULT_NOTIFICATION_TEMPLATES) as unknown as { moments: Record<string, string[]> };
    cfg.moments.submit = ['case.nope', 'staff.submitted', 'case.submitted'];
    expect(() => parseNotificationTemplates(cfg)).toThrow(/unknown template "case.nope"[\s\S]*has no wechat part[\s\S]*has no wechat part|unknown template/);
  });
});
