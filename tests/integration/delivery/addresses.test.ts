import { createCitizen } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { call, deliveryWorld } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;

async function township() {
  return (await db().region.findFirstOrThrow({ where: { level: 'TOWNSHIP', code: { startsWith: '530502' } }, orderBy: { code: 'asc' } })).code;
}

describe('/api/v1/me/addresses (address book)', () => {
  it('is 401 anonymous, 400 for an address not down to the township or a bad phone, 404 for another citizen’s entry', async () => {
    const me = await createCitizen(db());
    expect((await call(server, 'GET', '/api/v1/me/addresses')).status).toBe(401);
    expect((await call(server, 'POST', '/api/v1/me/addresses', { body: {} })).status).toBe(401);
    const county = await call(server, 'POST', '/api/v1/me/addresses', { token: me.token, body: { name: '张伟', phone: '13912345678', address: { regionCode: '530502000', detail: '某路1号' } } });
    expect(county.status).toBe(400);
    expect((await call(server, 'POST', '/api/v1/me/addresses', { token: me.token, body: { name: '张伟', phone: '123', address: { regionCode: await township(), detail: '某路1号' } } })).status).toBe(400);
    const mine = await call(server, 'POST', '/api/v1/me/addresses', { token: me.token, body: { name: '张伟', phone: '13912345678', address: { regionCode: await township(), detail: '保岫东路8号' } } });
    const other = await createCitizen(db());
    expect((await call(server, 'GET', `/api/v1/me/addresses/${mine.body.id}`, { token: other.token })).status).toBe(404);
    expect((await call(server, 'DELETE', `/api/v1/me/addresses/${mine.body.id}`, { token: other.token })).status).toBe(404);
  });

  it('adds (first one is the default), lists masked, shows the owner in full, edits, deletes and promotes the next default', async () => {
    const me = await createCitizen(db());
    const code = await township();
    const a = await call(server, 'POST', '/api/v1/me/addresses', { token: me.token, body: { name: '张伟', phone: '13912345678', address: { regionCode: code, detail: '保岫东路8号' } } });
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ recipientNameMasked: '张*', phoneMasked: '139****5678', isDefault: true });
    expect(a.body.addressMasked).toContain('隆阳区');
    expect(a.body.addressMasked).not.toContain('保岫东路');
    const b = await call(server, 'POST', '/api/v1/me/addresses', { token: me.token, body: { name: '李秀英', phone: '13800001111', address: { regionCode: code, detail: '正阳南路1号' }, isDefault: true } });
    const list = await call(server, 'GET', '/api/v1/me/addresses', { token: me.token });
    expect(list.body.items.map((x: { id: string; isDefault: boolean }) => [x.id, x.isDefault])).toEqual([[b.body.id, true], [a.body.id, false]]);
    expect(JSON.stringify(list.body)).not.toContain('13800001111');
    const full = await call(server, 'GET', `/api/v1/me/addresses/${a.body.id}`, { token: me.token });
    expect(full.body.recipient).toEqual({ name: '张伟', phone: '13912345678', address: { regionCode: code, detail: '保岫东路8号' } });
    const row = await db().userAddress.findUniqueOrThrow({ where: { id: a.body.id } });
    expect(Buffer.from(row.detailEnc).toString('utf8')).not.toContain('保岫东路');
    const edited = await call(server, 'PUT', `/api/v1/me/addresses/${a.body.id}`, { token: me.token, body: { name: '张伟', phone: '13912345679', address: { regionCode: code, detail: '保岫东路9号' } } });
    expect(edited.body).toMatchObject({ phoneMasked: '139****5679', isDefault: false });
    expect((await call(server, 'DELETE', `/api/v1/me/addresses/${b.body.id}`, { token: me.token })).body).toEqual({ ok: true });
    expect((await call(server, 'GET', '/api/v1/me/addresses', { token: me.token })).body.items).toEqual([expect.objectContaining({ id: a.body.id, isDefault: true })]);
  });

  it('chooses courier delivery to a saved address, refuses someone else’s, and saves a new one when asked', async () => {
    const w = await deliveryWorld(server);
    const saved = await call(server, 'POST', '/api/v1/me/addresses', { token: w.token, body: w.recipient });
    const other = await createCitizen(db());
    const theirs = await call(server, 'POST', '/api/v1/me/addresses', { token: other.token, body: w.recipient });
    const path = `/api/v1/me/cases/${w.c.id}/delivery`;
    expect((await call(server, 'PUT', path, { token: w.token, body: { method: 'COURIER', addressId: theirs.body.id } })).status).toBe(404);
    const chosen = await call(server, 'PUT', path, { token: w.token, body: { method: 'COURIER', addressId: saved.body.id } });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toMatchObject({ method: 'COURIER', postage: { amountFen: 1200 }, shipment: { recipientNameMasked: '张*', addressMasked: saved.body.addressMasked } });

    const w2 = await deliveryWorld(server);
    await call(server, 'PUT', `/api/v1/me/cases/${w2.c.id}/delivery`, { token: w2.token, body: { method: 'COURIER', recipient: w2.recipient, saveAddress: true } });
    expect((await call(server, 'GET', '/api/v1/me/addresses', { token: w2.token })).body.items).toHaveLength(1);
  });
});
