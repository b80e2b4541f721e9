import { startTestServer, type TestServer } from '../../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('structured logs', () => {
  it('are JSON with a request id and never contain tokens, ID numbers or phone numbers', async () => {
    const idNumber = '53050219900307123X';
    const phone = '13812345678';
    const token = 'secret-session-token-abcdef';
    await server.get(`/api/v1/regions?parent=${idNumber}&phone=${phone}`, {
      headers: { authorization: `Bearer ${token}`, 'x-request-id': 'log-test-0001' },
    });
    await server.get(`/api/v1/nope/${phone}`);
    const lines = server.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.some((l) => l.requestId === 'log-test-0001' && l.msg === 'request')).toBe(true);
    const all = server.logs.join('\n');
    expect(all).not.toContain(idNumber);
    expect(all).not.toContain(phone);
    expect(all).not.toContain(token);
    expect(all).toContain('138****5678'); // masked, still useful for support
  });
});
