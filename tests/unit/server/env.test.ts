import { ConfigError, loadEnv } from '../../../server/env';

describe('loadEnv', () => {
  it('applies defaults: embedded database, loopback, port 3000', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ HOST: '127.0.0.1', PORT: 3000, MIGRATE_ON_START: true, CORS_ORIGINS: [] });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SEED_DEMO).toBeUndefined();
  });

  it('treats an empty DATABASE_URL as unset and parses lists and booleans', () => {
    const env = loadEnv({ DATABASE_URL: '', CORS_ORIGINS: 'https://a.gov.cn, https://b.gov.cn', SEED_DEMO: 'yes' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.CORS_ORIGINS).toEqual(['https://a.gov.cn', 'https://b.gov.cn']);
    expect(env.SEED_DEMO).toBe(true);
  });

  it('requires the S3 bucket and keys when an S3 endpoint is set', () => {
    expect(() => loadEnv({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/S3_BUCKET[\s\S]*S3_ACCESS_KEY_ID[\s\S]*S3_SECRET_ACCESS_KEY/);
    expect(loadEnv({ S3_ENDPOINT: 'http://127.0.0.1:9000', S3_BUCKET: 'onetrip', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }).S3_BUCKET).toBe('onetrip');
  });

  it('lists every problem at once', () => {
    let err: unknown;
    try {
      loadEnv({ PORT: '99999', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems.join('\n');
    expect(problems).toContain('PORT');
    expect(problems).toContain('DATABASE_URL');
    expect(problems).toContain('LOG_LEVEL');
  });
});
