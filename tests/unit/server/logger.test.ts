import { Writable } from 'node:stream';
import { createLogger, maskSensitiveText } from '../../../server/logger';

describe('maskSensitiveText', () => {
  it('masks mainland ID numbers and mobile numbers inside text', () => {
    expect(maskSensitiveText('身份证 53050219900307123X 电话 13812345678')).toBe('身份证 530***********123X 电话 138****5678');
  });
  it('leaves other numbers alone', () => {
    expect(maskSensitiveText('case 2026112500001 took 1234 ms, tel 0875-2123456')).toContain('1234 ms');
    expect(maskSensitiveText('order 12345')).toBe('order 12345');
  });
});

describe('createLogger', () => {
  function capture() {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _e, cb) {
        lines.push(chunk.toString());
        cb();
      },
    });
    return { log: createLogger({ level: 'info', destination }), lines };
  }

  it('redacts secret keys and masks identifiers in nested objects, errors and messages', () => {
    const { log, lines } = capture();
    log.info({ user: { phone: '13912345678', token: 'abc', session_key: 'sk' }, headers: { authorization: 'Bearer x' } }, 'login 440301199001011234');
    log.error({ err: new Error('bad id 440301199001011234') }, 'failed');
    const out = lines.join('');
    expect(out).not.toMatch(/13912345678|440301199001011234|"abc"|"sk"|Bearer x/);
    expect(out).toContain('[redacted]');
    expect(out).toContain('139****5678');
    const first = JSON.parse(lines[0]!) as { msg: string; service: string };
    expect(first.service).toBe('onetrip');
    expect(first.msg).toBe('login 440***********1234');
  });
});
