import { ApiError } from '@shared/errors';
import { failureMessage, runBusy } from '../../../miniprogram/src/hooks/use-busy-action';
import { fieldFailureMessage } from '../../../miniprogram/src/staff/pages/follow-ups/failure';

describe('runBusy (staff sign-in, catalogue import)', () => {
  it('raises the busy flag and clears the last error before the work, drops the flag after it', async () => {
    const log: string[] = [];
    await runBusy(
      async () => {
        log.push('work');
      },
      '失败',
      (busy) => log.push(`busy:${busy}`),
      (error) => log.push(`error:${error}`),
    );
    expect(log).toEqual(['busy:true', 'error:null', 'work', 'busy:false']);
  });

  it('shows the server’s message of a failed call', async () => {
    const setError = jest.fn();
    const setBusy = jest.fn();
    await runBusy(() => Promise.reject(new ApiError('RATE_LIMITED', '账号已锁定，请15分钟后再试', 429)), '登录失败，请稍后再试', setBusy, setError);
    expect(setError).toHaveBeenLastCalledWith('账号已锁定，请15分钟后再试');
    expect(setBusy).toHaveBeenLastCalledWith(false);
  });

  it('shows the fallback for anything else, and never rethrows', async () => {
    const setError = jest.fn();
    await expect(runBusy(() => Promise.reject(new Error('network')), '上传失败，请稍后重试', () => undefined, setError)).resolves.toBeUndefined();
    expect(setError).toHaveBeenLastCalledWith('上传失败，请稍后重试');
  });

  it('words the failure with `describe` when given (staff follow-ups: the field at fault first)', async () => {
    const setError = jest.fn();
    const invalid = new ApiError('VALIDATION_FAILED', '填写的内容有误，请检查后重试', 400, undefined, [{ path: 'body.reason', message: '申诉理由不能为空' }]);
    await runBusy(() => Promise.reject(invalid), '操作失败，请重试', () => undefined, setError, fieldFailureMessage);
    expect(setError).toHaveBeenLastCalledWith('申诉理由不能为空');
    await runBusy(() => Promise.reject(invalid), '操作失败，请重试', () => undefined, setError);
    expect(setError).toHaveBeenLastCalledWith('填写的内容有误，请检查后重试');
  });
});

describe('failureMessage', () => {
  it('keeps an ApiError’s Chinese message and replaces anything else', () => {
    expect(failureMessage(new ApiError('NOT_FOUND', '找不到该事项', 404), 'x')).toBe('找不到该事项');
    expect(failureMessage('boom', '操作失败')).toBe('操作失败');
  });
});

describe('fieldFailureMessage', () => {
  it('prefers the first field problem, then the message, and replaces anything else', () => {
    const twoFields = new ApiError('VALIDATION_FAILED', '填写的内容有误，请检查后重试', 400, undefined, [
      { path: 'body.text', message: '请填写整改或解释说明' },
      { path: 'body.scheduledFor', message: '日期格式不正确' },
    ]);
    expect(fieldFailureMessage(twoFields, 'x')).toBe('请填写整改或解释说明');
    expect(fieldFailureMessage(new ApiError('CONFLICT', '该整改已办结', 409, undefined, []), 'x')).toBe('该整改已办结');
    expect(fieldFailureMessage(new ApiError('NOT_FOUND', '找不到该评价', 404), 'x')).toBe('找不到该评价');
    expect(fieldFailureMessage(new Error('network'), '操作失败，请重试')).toBe('操作失败，请重试');
  });
});
