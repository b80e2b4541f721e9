import Router from '@koa/router';
import { api } from '@shared/api';
import { ZUploadId } from '@shared/schemas/files';
import type { AppContext, AppDeps, AppState } from '../http/context';
import { requireCitizen } from '../http/auth';
import { mount } from '../http/route';
import { parseInput } from '../http/validate';
import { errors } from '../errors';
import { createStorage } from '../adapters/storage/create-storage';
import { loadOwnBundle, presentBundle } from '../services/applications/bundle-application';
import { countMyCases } from '../services/applications/count-my-cases';
import { createApplication } from '../services/applications/create-application';
import { createBundleApplication } from '../services/applications/create-bundle-application';
import { deleteBundleDraft } from '../services/applications/delete-bundle-draft';
import { deleteDraft } from '../services/applications/delete-draft';
import { getMyCase, listMyCases } from '../services/applications/my-cases';
import { setMaterial } from '../services/applications/set-material';
import { submitApplication } from '../services/applications/submit-application';
import { submitBundleApplication } from '../services/applications/submit-bundle-application';
import { setBundleMaterial, updateBundleForm } from '../services/applications/supply-bundle';
import { updateApplication } from '../services/applications/update-application';
import { withdrawBundleApplication } from '../services/applications/withdraw-bundle-application';
import { resubmitApplication, withdrawApplication } from '../services/applications/withdraw-resubmit';

/** The submission's Idempotency-Key header: required, so a retry can never make a second submission. */
function idempotencyKey(ctx: AppContext): string {
  const key = ctx.get('Idempotency-Key');
  if (!key) throw errors.validation([{ path: 'headers.idempotency-key', message: '缺少请求编号' }], '缺少请求编号（Idempotency-Key），请更新小程序后重试');
  return parseInput(ZUploadId, key, 'params');
}

/** Applying online and "my cases" (citizens only; another citizen's case is 404). */
export function applicationsRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  const storage = createStorage(deps.env);
  const db = deps.db;

  mount(
    router,
    api.applicationCreate,
    async ({ ctx, body }) => {
      const created = await createApplication({ db, pii: deps.pii }, requireCitizen(ctx).userId, body);
      ctx.status = 201;
      return created;
    },
    opts,
  );
  mount(router, api.applicationUpdate, ({ ctx, params, body }) => updateApplication(db, requireCitizen(ctx).userId, params.id ?? '', body), opts);
  mount(
    router,
    api.applicationMaterialSet,
    ({ ctx, params, body }) => setMaterial(db, requireCitizen(ctx).userId, params.id ?? '', params.materialId ?? '', body),
    opts,
  );
  mount(router, api.applicationSubmit, ({ ctx, params }) => submitApplication(db, requireCitizen(ctx), params.id ?? '', idempotencyKey(ctx)), opts);
  mount(router, api.applicationWithdraw, ({ ctx, params, body }) => withdrawApplication(db, requireCitizen(ctx), params.id ?? '', body.reason), opts);
  mount(router, api.applicationResubmit, ({ ctx, params }) => resubmitApplication(db, requireCitizen(ctx), params.id ?? ''), opts);
  mount(router, api.applicationDelete, ({ ctx, params }) => deleteDraft(db, storage, requireCitizen(ctx).userId, params.id ?? ''), opts);
  mount(
    router,
    api.bundleApplicationCreate,
    async ({ ctx, body }) => {
      const created = await createBundleApplication({ db, pii: deps.pii }, requireCitizen(ctx).userId, body);
      ctx.status = 201;
      return created;
    },
    opts,
  );
  mount(router, api.bundleApplicationGet, async ({ ctx, params }) => presentBundle(await loadOwnBundle(db, requireCitizen(ctx).userId, params.id ?? '')), opts);
  mount(router, api.bundleApplicationUpdate, ({ ctx, params, body }) => updateBundleForm(db, requireCitizen(ctx).userId, params.id ?? '', body.form), opts);
  mount(
    router,
    api.bundleApplicationMaterialSet,
    ({ ctx, params, body }) => setBundleMaterial(db, requireCitizen(ctx).userId, params.id ?? '', params.materialId ?? '', body),
    opts,
  );
  mount(router, api.bundleApplicationDelete, ({ ctx, params }) => deleteBundleDraft(db, storage, requireCitizen(ctx).userId, params.id ?? ''), opts);
  mount(router, api.bundleApplicationSubmit, ({ ctx, params }) => submitBundleApplication(db, requireCitizen(ctx), params.id ?? '', idempotencyKey(ctx)), opts);
  mount(router, api.bundleApplicationWithdraw, ({ ctx, params, body }) => withdrawBundleApplication(db, requireCitizen(ctx), params.id ?? '', body.reason), opts);
  mount(router, api.meCases, ({ ctx }) => listMyCases(db, requireCitizen(ctx).userId), opts);
  mount(router, api.meCaseCounts, ({ ctx }) => countMyCases(db, requireCitizen(ctx).userId), opts);
  mount(router, api.meCaseDetail, ({ ctx, params }) => getMyCase(db, requireCitizen(ctx).userId, params.id ?? ''), opts);
  return router;
}
