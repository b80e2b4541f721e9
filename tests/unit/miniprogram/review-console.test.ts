import { noticeBlocker } from '../../../miniprogram/src/staff/pages/review-case/notice-blocker';
import { deadlineText } from '../../../miniprogram/src/staff/pages/review-queue/deadline';

const standing = { dueDate: '2026-12-02', overdue: false, workingDaysLeft: 5, consequence: null, consequenceLabel: null };

describe('pre-review deadline as the queue shows it', () => {
  it('gives the due date and the working days left', () => {
    expect(deadlineText(standing)).toBe('预审期限 2026-12-02（剩余 5 个工作日）');
  });

  it('says when the deadline has passed (视为受理 is shown beside it)', () => {
    expect(deadlineText({ ...standing, overdue: true, workingDaysLeft: null, consequence: 'DEEMED_ACCEPTED', consequenceLabel: '视为受理' })).toBe('预审期限 2026-12-02（已超期）');
  });

  it('says when no deadline runs', () => {
    expect(deadlineText({ ...standing, dueDate: null, workingDaysLeft: null })).toBe('无预审期限');
  });
});

describe('发送补正告知 stays disabled until the notice can be complete', () => {
  it('names every undecided material', () => {
    expect(noticeBlocker([
      { name: '身份证', verdict: 'PASSED' },
      { name: '申请表', verdict: 'PENDING' },
      { name: '租赁合同', verdict: 'PENDING' },
    ])).toBe('还有 2 项材料未审查（申请表、租赁合同），全部审查后才能一次性告知。');
  });

  it('needs at least one material marked 需补正', () => {
    expect(noticeBlocker([{ name: '身份证', verdict: 'PASSED' }])).toBe('没有标记为需补正的材料。');
  });

  it('allows the notice once all are decided and one needs correction', () => {
    expect(noticeBlocker([
      { name: '身份证', verdict: 'PASSED' },
      { name: '申请表', verdict: 'NEEDS_CORRECTION' },
    ])).toBeNull();
  });
});
