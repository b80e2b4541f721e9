import Router from '@koa/router';
import { api, API_PREFIX } from '@shared/api';
import { ZExportQuery, ZPosterBatchQuery, ZPosterQuery } from '@shared/schemas/catalog-admin';
import { CATALOGUE_ROLES } from '../domain/catalog/scope';
import { errors } from '../errors';
import { requireStaff } from '../http/auth';
import type { AppContext, AppDeps, AppState } from '../http/context';
import { auditPrivileged } from '../http/audit';
import { mount } from '../http/route';
import { parseInput } from '../http/validate';
import { createDraft } from '../services/catalog-admin/create-draft';
import { createItem } from '../services/catalog-admin/create-item';
import { exportCatalogue } from '../services/catalog-admin/export-catalogue';
import { getVersion } from '../services/catalog-admin/get-version';
import { importCatalogue } from '../services/catalog-admin/import-catalogue';
import { listItems } from '../services/catalog-admin/list-items';
import { publishVersion } from '../services/catalog-admin/publish-version';
import { retireItem } from '../services/catalog-admin/retire-item';
import { updateDraft } from '../services/catalog-admin/update-draft';
import { getCatalogStats, STATS_ROLES } from '../services/catalog-stats/get-catalog-stats';
import { makeDepartmentPosters } from '../services/posters/make-department-posters';
import { makePoster, type PosterDeps } from '../services/posters/make-poster';
import type { PrivilegedActionName } from '../services/identity/record-privileged-action';

/** Largest import file accepted: a 5,000-item catalogue in XLSX is about 2 MB. */
const IMPORT_LIMIT_BYTES = 10 * 1024 * 1024;

/** Catalogue maintenance: versioned drafts, publish, retire, import/export (staff with a catalogue role, scoped by grant). */
export function catalogAdminRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  const editor = (ctx: AppContext) => requireStaff(ctx, ...CATALOGUE_ROLES);
  // Privileged actions leave an audit row once they succeed (the result passes through unchanged).
  const audited = (ctx: AppContext, action: PrivilegedActionName, entity: string, id?: string, detail?: string) => async <T>(result: T): Promise<T> => {
    await auditPrivileged(deps.db, ctx, action, entity, id ?? (result as { id?: string } | null)?.id ?? '-', detail);
    return result;
  };
  mount(router, api.adminListItems, ({ ctx, query }) => listItems(deps.db, editor(ctx), query), opts);
  mount(router, api.adminCreateItem, ({ ctx, body }) => createItem(deps.db, editor(ctx), body).then(audited(ctx, 'catalog.create', 'service_items')), opts);
  mount(router, api.adminCreateDraft, ({ ctx, params }) => createDraft(deps.db, editor(ctx), params.itemId!), opts);
  mount(router, api.adminRetireItem, ({ ctx, params, body }) => retireItem(deps.db, editor(ctx), params.itemId!, body).then(audited(ctx, 'catalog.retire', 'service_items', params.itemId)), opts);
  mount(router, api.adminGetVersion, ({ ctx, params }) => getVersion(deps.db, editor(ctx), params.versionId!), opts);
  mount(router, api.adminUpdateDraft, ({ ctx, params, body }) => updateDraft(deps.db, editor(ctx), params.versionId!, body), opts);
  mount(router, api.adminPublishVersion, ({ ctx, params, body }) => publishVersion(deps.db, editor(ctx), params.versionId!, body).then(audited(ctx, 'catalog.publish', 'service_item_versions', params.versionId)), opts);
  mount(router, api.adminImportCatalogue, async ({ ctx, query }) => importCatalogue(deps.db, editor(ctx), await readRawBody(ctx, IMPORT_LIMIT_BYTES), query.mode).then(audited(ctx, 'catalog.import', 'service_items', '-', `mode=${query.mode}`)), opts);
  mount(router, api.catalogStats, ({ ctx, query }) => getCatalogStats(deps.db, requireStaff(ctx, ...STATS_ROLES), query), opts);

  // File downloads: binary bodies, so outside the JSON contract.
  router.get(`${API_PREFIX}/admin/catalog/export`, async (ctx) => {
    const actor = editor(ctx);
    const file = await exportCatalogue(deps.db, actor, parseInput(ZExportQuery, ctx.query, 'query'));
    await auditPrivileged(deps.db, ctx, 'catalog.export', 'service_items', '-', file.filename);
    sendFile(ctx, file);
  });
  const posterDeps = (ctx: AppContext): PosterDeps => ({ db: deps.db, wechat: deps.wechat, publicUrl: deps.env.PUBLIC_URL ?? `${ctx.protocol}://${ctx.host}` });
  router.get(`${API_PREFIX}/admin/catalog/items/:itemId/poster`, async (ctx) => {
    const actor = editor(ctx);
    const q = parseInput(ZPosterQuery, ctx.query, 'query');
    sendFile(ctx, await makePoster(posterDeps(ctx), actor, ctx.params.itemId!, q), q.format === 'png' ? 'inline' : 'attachment');
  });
  router.get(`${API_PREFIX}/admin/catalog/posters`, async (ctx) => {
    const actor = editor(ctx);
    const q = parseInput(ZPosterBatchQuery, ctx.query, 'query');
    const formats = q.format === 'both' ? (['pdf', 'png'] as const) : ([q.format] as const);
    sendFile(ctx, await makeDepartmentPosters(posterDeps(ctx), actor, { departmentId: q.departmentId, formats: [...formats], window: q.window }));
    await auditPrivileged(deps.db, ctx, 'catalog.posters.batch', 'departments', q.departmentId, `format=${q.format}`);
  });
  return router;
}

/** The request body as bytes (the JSON body parser leaves other content types unread), bounded by `limit`. */
async function readRawBody(ctx: AppContext, limit: number): Promise<Buffer> {
  const declared = Number(ctx.get('Content-Length') || 0);
  if (declared > limit) throw errors.payloadTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw errors.payloadTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** A download with a UTF-8 file name (RFC 5987) that is never cached by shared caches. */
function sendFile(ctx: AppContext, file: { body: Buffer; contentType: string; filename: string }, disposition = 'attachment'): void {
  ctx.set('Content-Disposition', `${disposition}; filename="download"; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
  ctx.set('Cache-Control', 'private, no-store');
  ctx.type = file.contentType;
  ctx.body = file.body;
}
