import { COMPLAINT_FILTERS, emptyText, statusQuery, TASK_FILTERS } from '../../../miniprogram/src/staff/pages/follow-ups/filters';

describe('status filter of the staff follow-ups page', () => {
  it('starts on what is still to handle, leaving the default list to the server', () => {
    expect(TASK_FILTERS[0]).toEqual({ value: 'TODO', label: '未办结' });
    expect(COMPLAINT_FILTERS[0]).toEqual({ value: 'TODO', label: '待答复' });
    expect(statusQuery('TODO')).toEqual({});
  });

  it('asks for one status otherwise', () => {
    expect(statusQuery('RESOLVED')).toEqual({ query: { status: 'RESOLVED' } });
    expect(TASK_FILTERS.map((f) => f.label)).toEqual(['未办结', '待回访', '整改中', '已办结']);
    expect(COMPLAINT_FILTERS.map((f) => f.value)).toEqual(['TODO', 'REPLIED', 'CLOSED']);
  });

  it('says what is missing when a tab is empty', () => {
    expect(emptyText(TASK_FILTERS, 'TODO', '差评整改')).toBe('暂无未办结的差评整改');
    expect(emptyText(COMPLAINT_FILTERS, 'CLOSED', '咨询投诉')).toBe('暂无已办结的咨询投诉');
  });
});
