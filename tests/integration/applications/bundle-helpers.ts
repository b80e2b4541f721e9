import type { Db } from '../../../server/db/client';
import type { TestServer } from '../../helpers/test-server';
import { call, CONTACT, uploadJpeg } from './helpers';

/** A seeded published 一件事 bundle whose items belong to at least two departments. */
export interface SeededBundle {
  code: string;
  name: string;
  items: { itemId: string; departmentId: string }[];
}

export async function seededBundle(db: Db): Promise<SeededBundle> {
  const bundles = await db.bundle.findMany({ where: { status: 'PUBLISHED' }, include: { items: { orderBy: { sortOrder: 'asc' }, include: { item: true } } } });
  const b = bundles.find((x) => new Set(x.items.map((i) => i.item.departmentId)).size >= 2);
  if (!b) throw new Error('no seeded bundle spans two departments');
  return { code: b.code, name: b.name, items: b.items.map((i) => ({ itemId: i.itemId, departmentId: i.item.departmentId })) };
}

export type BundleBody = { id: string; status: string; partial: boolean; parts: { id: string; status: string; itemName: string; departmentName: string }[]; materials: { id: string; provided: boolean; forItems: string[] }[] };

/** A bundle application with every merged material uploaded once and the one form filled in, submitted. */
export async function submittedBundle(server: TestServer, token: string, code: string): Promise<BundleBody> {
  const c = await call(server, 'POST', '/api/v1/bundle-applications', { token, body: { bundleCode: code } });
  if (c.status !== 201) throw new Error(JSON.stringify(c.body));
  const b = c.body as BundleBody;
  for (const m of b.materials.filter((x) => !x.provided)) {
    const r = await call(server, 'PUT', `/api/v1/bundle-applications/${b.id}/materials/${m.id}`, { token, body: { fileIds: [await uploadJpeg(server, token)] } });
    if (r.status !== 200) throw new Error(JSON.stringify(r.body));
  }
  const f = await call(server, 'PATCH', `/api/v1/bundle-applications/${b.id}`, { token, body: { form: CONTACT } });
  if (f.status !== 200) throw new Error(JSON.stringify(f.body));
  const s = await call(server, 'POST', `/api/v1/bundle-applications/${b.id}/submit`, { token, headers: { 'idempotency-key': `bundle-${b.id.slice(0, 8)}` } });
  if (s.status !== 200) throw new Error(JSON.stringify(s.body));
  return s.body as BundleBody;
}
