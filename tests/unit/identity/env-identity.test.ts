import { ConfigError, loadEnv } from '../../../server/env';

describe('identity configuration', () => {
  it('needs the WeChat base URL, real AppID and keys in production, and refuses demo mode there', () => {
    let err: unknown;
    try {
      loadEnv({ NODE_ENV: 'production', DEMO: '1' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems.join('\n');
    for (const k of ['WECHAT_API_BASE', 'WECHAT_APPID', 'FIELD_ENCRYPTION_KEYS', 'PII_HASH_KEY', 'DEMO']) expect(problems).toContain(k);
  });

  it('starts without any of them outside production (simulator and dev keys)', () => {
    const env = loadEnv({ NODE_ENV: 'test' });
    expect(env.WECHAT_API_BASE).toBeUndefined();
    expect(env.DEMO).toBeUndefined();
  });

  it('validates the key ring format', () => {
    expect(() => loadEnv({ FIELD_ENCRYPTION_KEYS: 'k1:short' })).toThrow(/FIELD_ENCRYPTION_KEYS/);
    expect(loadEnv({ FIELD_ENCRYPTION_KEYS: `k2:${Buffer.alloc(32, 1).toString('base64')},k1:${Buffer.alloc(32, 2).toString('base64')}` }).FIELD_ENCRYPTION_KEYS).toContain('k2:');
  });
});
