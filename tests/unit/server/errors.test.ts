import { AppError, isDatabaseUnavailable } from '../../../server/errors';
import { toAppError } from '../../../server/http/error-handler';

describe('toAppError', () => {
  it('keeps AppErrors as they are', () => {
    const e = new AppError('FORBIDDEN', '只能查看本部门的办件');
    expect(toAppError(e)).toBe(e);
  });

  it('maps client http-errors to stable codes and hides their text', () => {
    expect(toAppError(Object.assign(new Error('request entity too large'), { status: 413 })).code).toBe('PAYLOAD_TOO_LARGE');
    const parse = toAppError(Object.assign(new SyntaxError('Unexpected end of JSON input'), { status: 400 }));
    expect(parse.code).toBe('BAD_REQUEST');
    expect(parse.message).toContain('JSON');
    expect(toAppError(Object.assign(new Error('x'), { status: 415 })).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('turns anything unknown into INTERNAL with a generic Chinese message', () => {
    const e = toAppError(new TypeError('cannot read properties of undefined (secret internals)'));
    expect(e.code).toBe('INTERNAL');
    expect(e.status).toBe(500);
    expect(e.message).not.toContain('secret');
  });

  it('turns an unreachable database into SERVICE_UNAVAILABLE', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(toAppError(new Error('wrapped', { cause: refused })).code).toBe('SERVICE_UNAVAILABLE');
  });
});

describe('isDatabaseUnavailable', () => {
  it('recognises driver and Prisma shapes, not ordinary errors', () => {
    expect(isDatabaseUnavailable({ code: 'P1001' })).toBe(true);
    expect(isDatabaseUnavailable({ cause: { kind: 'DatabaseNotReachable' } })).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable({ code: '23505', message: 'duplicate key' })).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
