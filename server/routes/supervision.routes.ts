import Router from '@koa/router';
import { API_PREFIX, api } from '@shared/api';
import { ZSupervisionExportQuery } from '@shared/schemas/supervision';
import { auditPrivileged } from '../http/audit';
import type { AppDeps, AppState } from '../http/context';
import { requireStaff } from '../http/auth';
import { enforceContractAuth, mount } from '../http/route';
import { parseInput } from '../http/validate';
import { exportSupervision } from '../services/supervision/export-supervision';
import { getSupervisionDashboard } from '../services/supervision/get-dashboard';
import { listFigureCases } from '../services/supervision/list-figure-cases';

/** 督查 dashboard, the cases behind each figure, and the desensitised export (audited). */
export function supervisionRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  const cfg = { maxDays: deps.env.SUPERVISION_MAX_DAYS };

  mount(router, api.staffSupervisionDashboard, ({ ctx, query }) => getSupervisionDashboard(deps.db, requireStaff(ctx), query, cfg), opts);
  mount(router, api.staffSupervisionCases, ({ ctx, query }) => listFigureCases(deps.db, requireStaff(ctx), query, cfg), opts);
  router.get(`${API_PREFIX}/staff/supervision/export`, async (ctx) => {
    enforceContractAuth(ctx, 'staff');
    const q = parseInput(ZSupervisionExportQuery, ctx.query, 'query');
    const file = await exportSupervision(deps.db, requireStaff(ctx), q, cfg);
    await auditPrivileged(deps.db, ctx, 'supervision.export', 'supervision_daily', q.departmentId ?? q.regionCode ?? '-', `${q.format} ${q.from}..${q.to} rows=${file.rows}`);
    ctx.set('Content-Disposition', `attachment; filename="download"; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
    ctx.set('Cache-Control', 'private, no-store');
    ctx.type = file.contentType;
    ctx.body = file.body;
  });
  return router;
}
