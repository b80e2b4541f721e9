import Router from '@koa/router';
import { api, API_PREFIX } from '@shared/api';
import { CITIZEN_UPLOAD_PURPOSES, STAFF_UPLOAD_PURPOSES, ZFileContentQuery, ZUploadFields, ZUploadId } from '@shared/schemas/files';
import type { AppContext, AppDeps, AppState } from '../http/context';
import { requireCitizen, requireStaff } from '../http/auth';
import { mount } from '../http/route';
import { parseInput } from '../http/validate';
import { errors } from '../errors';
import { createStorage } from '../adapters/storage/create-storage';
import { DEFAULT_FILE_LIMITS, maxRequestBytes } from '../services/files/file-limits';
import { fileLinkKey } from '../services/files/file-links';
import { readMultipart } from '../services/files/read-multipart';
import { uploadFile, type Uploader } from '../services/files/upload-file';
import { createFileLink, readFileContent } from '../services/files/read-file';
import { deleteMyFile } from '../services/files/delete-files';
import { getMyWallet } from '../services/files/get-my-wallet';

/** Who uploads, and may they upload for this purpose? Checked before a byte of the body is read. */
function uploaderOf(ctx: AppContext): { uploader: Uploader; purposes: readonly string[] } {
  if (ctx.state.actor.kind === 'staff') {
    const s = requireStaff(ctx, 'WINDOW_CLERK', 'HANDLER', 'APPROVER', 'DEPARTMENT_ADMIN', 'ASSISTANT');
    return { uploader: { kind: 'staff', staffId: s.staffId }, purposes: STAFF_UPLOAD_PURPOSES };
  }
  return { uploader: { kind: 'citizen', userId: requireCitizen(ctx).userId }, purposes: CITIZEN_UPLOAD_PURPOSES };
}

const readMeta = (ctx: AppContext) => ({
  requestId: ctx.state.requestId,
  ip: ctx.ip,
  purpose: typeof ctx.query.purpose === 'string' ? ctx.query.purpose.slice(0, 100) : undefined,
});

/** Uploads (multipart), signed short-lived links, file bytes, deleting one's own upload, the material wallet. */
export function filesRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  const files = { db: deps.db, storage: createStorage(deps.env), limits: DEFAULT_FILE_LIMITS, linkKey: fileLinkKey(deps.env) };

  mount(
    router,
    api.fileUpload,
    async ({ ctx }) => {
      const { uploader, purposes } = uploaderOf(ctx);
      const header = ctx.get('Idempotency-Key') || undefined;
      if (header !== undefined) parseInput(ZUploadId, header, 'params');
      const { fields, file } = await readMultipart(ctx.req, maxRequestBytes(files.limits));
      const input = parseInput(ZUploadFields, fields, 'body');
      const uploadId = header ?? input.uploadId;
      if (!uploadId) throw errors.validation([{ path: 'body.uploadId', message: '缺少上传编号' }], '缺少上传编号（Idempotency-Key），请更新小程序后重试');
      if (header && input.uploadId && header !== input.uploadId) throw errors.badRequest('上传编号不一致');
      if (!purposes.includes(input.purpose)) throw errors.forbidden('不能上传该用途的文件');
      if (!file) throw errors.validation([{ path: 'body.file', message: '请选择文件' }], '请选择要上传的文件');
      const result = await uploadFile(files, uploader, { uploadId, purpose: input.purpose, name: input.name ?? file.filename, data: file.data });
      ctx.status = result.created ? 201 : 200;
      return result.file;
    },
    opts,
  );
  mount(router, api.fileLink, ({ ctx, params }) => createFileLink(files, ctx.state.actor, params.id ?? '', readMeta(ctx)), opts);
  mount(
    router,
    api.fileDelete,
    async ({ ctx, params }) => {
      await deleteMyFile(deps.db, files.storage, requireCitizen(ctx).userId, params.id ?? '');
      return { deleted: true as const };
    },
    opts,
  );
  mount(router, api.meWallet, ({ ctx, query }) => getMyWallet(deps.db, requireCitizen(ctx).userId, query.itemVersionId), opts);

  router.get(`${API_PREFIX}/files/:id/content`, async (ctx) => {
    const link = parseInput(ZFileContentQuery, ctx.query, 'query');
    const content = await readFileContent(files, ctx.state.actor, ctx.params.id ?? '', link, readMeta(ctx));
    ctx.type = content.mime;
    ctx.length = content.size;
    ctx.set('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(content.name)}`);
    // Personal documents: never in shared caches; a browser may keep one only as long as the link lives.
    ctx.set('Cache-Control', link.sig ? 'private, max-age=300' : 'private, no-store');
    ctx.set('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; plugin-types application/pdf");
    ctx.body = content.stream;
  });
  return router;
}
