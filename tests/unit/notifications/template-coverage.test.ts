import fs from 'node:fs';
import path from 'node:path';
import { TRANSITIONS } from '@shared/domain/case/transitions';
import { DEFAULT_NOTIFICATION_TEMPLATES, parseNotificationTemplates } from '../../../server/config/notification-templates';
import { renderInApp } from '../../../server/services/notifications/render-notification';

/** Every template key the server enqueues: from the transition table and from the use cases' own intents. */
function enqueuedKeys(): string[] {
  const keys = new Set<string>(TRANSITIONS.flatMap((t) => t.notify));
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
  for (const file of walk(path.resolve(__dirname, '../../../server/services'))) {
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(/template: '([a-z]+\.[A-Za-z]+)'/g)) keys.add(m[1]!);
    // Maps from a status to the notice it causes (courier tracking).
    for (const m of src.matchAll(/: '((?:case|payment|rectification|complaint)\.[A-Za-z]+)'/g)) keys.add(m[1]!);
  }
  return [...keys].sort();
}

describe('default notification templates', () => {
  const templates = parseNotificationTemplates(DEFAULT_NOTIFICATION_TEMPLATES);

  it('cover every template key the server enqueues (none falls back to the neutral text)', () => {
    const keys = enqueuedKeys();
    expect(keys.length).toBeGreaterThan(15);
    expect(keys.filter((k) => !templates.templates[k])).toEqual([]);
  });

  it('leave no placeholder unfilled when the intent carries its data', () => {
    const values = {
      caseId: 'c1', caseNumber: '5305-20261125-000001', itemName: '食品经营许可', amountYuan: '12.00', departmentName: '保山市市场监督管理局',
      outcome: '已整改', grade: '不满意', dueDate: '2026-12-02', kind: '投诉', complaintNumber: 'TS-20261125-000001',
    };
    for (const key of ['case.deliveryFailed', 'payment.refunded', 'rectification.outcome', 'rectification.assigned', 'rectification.overdue', 'staff.complaintReceived']) {
      const m = renderInApp(templates.templates[key]!, values);
      expect(`${m.title}${m.body}`).not.toMatch(/[{}—]/);
    }
  });
});
