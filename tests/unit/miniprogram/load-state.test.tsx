import { renderToStaticMarkup } from 'react-dom/server';
import { ApiError, ERROR_CODES, type TErrorCode } from '@shared/errors';
import { ErrorView, errorRemedy } from '../../../miniprogram/src/components/load-state';

const error = (code: TErrorCode) => new ApiError(code, ERROR_CODES[code].message, ERROR_CODES[code].status, 'req-1');

describe('ErrorView', () => {
  it('offers 重试 only where trying again may pass', () => {
    for (const code of ['NETWORK', 'RATE_LIMITED', 'INTERNAL', 'SERVICE_UNAVAILABLE', 'CONFLICT'] as const) expect(errorRemedy(error(code))).toBe('retry');
    const html = renderToStaticMarkup(<ErrorView error={error('SERVICE_UNAVAILABLE')} onRetry={() => undefined} />);
    expect(html).toContain('load-state__retry');
    expect(html).toContain('编号：req-1');
  });

  it('offers 去登录 when the session is gone', () => {
    const html = renderToStaticMarkup(<ErrorView error={error('UNAUTHENTICATED')} onRetry={() => undefined} />);
    expect(html).toContain('去登录');
    expect(html).not.toContain('重试');
  });

  it('offers no button for a refusal or a missing thing, which would only fail again', () => {
    for (const code of ['FORBIDDEN', 'NOT_FOUND', 'BAD_REQUEST', 'VALIDATION_FAILED'] as const) {
      expect(errorRemedy(error(code))).toBeNull();
      const html = renderToStaticMarkup(<ErrorView error={error(code)} onRetry={() => undefined} />);
      expect(html).toContain(ERROR_CODES[code].message);
      expect(html).not.toMatch(/<button|load-state__retry|load-state__login/i);
    }
  });
});
