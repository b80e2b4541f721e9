import { startTestServer, type TestServer } from '../../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('GET /api/v1/openapi.json', () => {
  it('describes every API endpoint from the shared zod schemas', async () => {
    const res = await server.get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as any;
    expect(doc.openapi).toBe('3.0.3');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/home', '/api/v1/regions', '/healthz', '/readyz']));
    const home = doc.paths['/api/v1/home'].get;
    expect(home.responses['200'].content['application/json'].schema.properties).toHaveProperty('counties');
    const regions = doc.paths['/api/v1/regions'].get;
    expect(regions.parameters).toEqual([expect.objectContaining({ name: 'parent', in: 'query', required: false })]);
    expect(doc.components.schemas.Error.properties.error.properties.code.enum).toContain('NOT_FOUND');
  });
});
