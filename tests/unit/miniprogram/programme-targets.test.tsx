import { renderToStaticMarkup } from 'react-dom/server';
import type { TProgrammeStats } from '@shared/schemas/catalog-admin';
import ProgrammeTargets, { programmeTargetRows } from '../../../miniprogram/src/staff/pages/supervision/programme-targets';

const stats: TProgrammeStats = {
  items: 10,
  atMostOneVisit: { count: 8, share: 0.8, target: 0.6, met: true },
  zeroVisit: { count: 3, share: 0.3 },
  compression: { counted: 9, average: 0.42, minimum: 0, target: 0.5, met: false },
  online: { count: 0, share: null, target: 0.8, met: null },
  inCentre: { count: 9, share: 0.9, target: 0.85, met: true },
  instant: { count: 1, share: 0.1 },
  courier: { count: 2, share: 0.2 },
};

describe('programme targets on the supervision dashboard', () => {
  it('lists the four catalogue targets with what each value is made of', () => {
    expect(programmeTargetRows(stats).map((r) => [r.key, r.value, r.target, r.met, r.detail])).toEqual([
      ['atMostOneVisit', 0.8, 0.6, true, '8 / 10 项'],
      ['compression', 0.42, 0.5, false, '9 项有法定时限'],
      ['online', null, 0.8, null, '0 / 10 项'],
      ['inCentre', 0.9, 0.85, true, '9 / 10 项'],
    ]);
  });

  it('writes the verdict out (not colour alone) and puts the target tick where the target is', () => {
    const html = renderToStaticMarkup(<ProgrammeTargets stats={stats} />);
    expect(html).toContain('aria-label="最多跑一次事项占比 80.0%，目标不低于 60%，达标"');
    expect(html).toContain('aria-label="承诺时限平均压缩 42.0%，目标不低于 50%，未达标"');
    expect(html).toContain('aria-label="可网办事项占比 —，目标不低于 80%，无数据"');
    expect(html).toMatch(/sup-target--compression sup-target--missed/);
    expect(html).toContain('style="left:85%"');
    expect(html).toContain('style="width:80%"');
  });
});
