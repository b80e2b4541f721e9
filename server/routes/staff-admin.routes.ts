import Router from '@koa/router';
import { api } from '@shared/api';
import { requireStaff } from '../http/auth';
import { auditPrivileged } from '../http/audit';
import type { AppContext, AppDeps, AppState } from '../http/context';
import { mount } from '../http/route';
import { grantStaffRole, revokeStaffRole, setStaffStatus } from '../services/staff-admin/change-staff';
import { createStaffAccount } from '../services/staff-admin/create-staff';
import { listStaff } from '../services/staff-admin/list-staff';

/** 人员与权限: staff accounts and role grants (department admins for their department, system admins for all). */
export function staffAdminRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  const admin = (ctx: AppContext) => requireStaff(ctx, 'DEPARTMENT_ADMIN', 'SYSTEM_ADMIN');
  const meta = (ctx: AppContext) => ({ requestId: ctx.state.requestId, ip: ctx.ip });
  mount(router, api.adminStaffList, ({ ctx, query }) => listStaff(deps.db, admin(ctx), query), opts);
  mount(router, api.adminStaffCreate, async ({ ctx, body }) => {
    const created = await createStaffAccount(deps.db, admin(ctx), body);
    await auditPrivileged(deps.db, ctx, 'staff.create', 'staff', created.id, `home ${created.homeDepartment?.id ?? '-'}`);
    return created;
  }, opts);
  mount(router, api.adminStaffGrant, ({ ctx, params, body }) => grantStaffRole(deps.db, admin(ctx), params.id!, body, meta(ctx)), opts);
  mount(router, api.adminStaffRevoke, ({ ctx, params }) => revokeStaffRole(deps.db, admin(ctx), params.id!, params.grantId!, meta(ctx)), opts);
  mount(router, api.adminStaffStatus, ({ ctx, params, body }) => setStaffStatus(deps.db, admin(ctx), params.id!, body, meta(ctx)), opts);
  return router;
}
