import { ZStaffAccount, ZStaffAccountList, ZStaffCreateBody, ZStaffGrantBody, ZStaffListQuery, ZStaffStatusBody } from '../schemas/staff-admin';
import { endpoint } from './define';

/**
 * 人员与权限: department administrators manage their department's accounts and hand out its working roles; a system
 * administrator manages everyone and the city-wide roles. Every change is audited.
 */
export const staffAdminApi = {
  adminStaffList: endpoint({ method: 'GET', path: '/admin/staff', summary: '工作人员列表（本人可管理的范围）', query: ZStaffListQuery, response: ZStaffAccountList, auth: 'staff' }),
  adminStaffCreate: endpoint({ method: 'POST', path: '/admin/staff', summary: '新建工作人员账号', body: ZStaffCreateBody, response: ZStaffAccount, auth: 'staff' }),
  adminStaffGrant: endpoint({ method: 'POST', path: '/admin/staff/:id/grants', summary: '授予角色', body: ZStaffGrantBody, response: ZStaffAccount, auth: 'staff' }),
  adminStaffRevoke: endpoint({ method: 'DELETE', path: '/admin/staff/:id/grants/:grantId', summary: '收回角色', response: ZStaffAccount, auth: 'staff' }),
  adminStaffStatus: endpoint({ method: 'POST', path: '/admin/staff/:id/status', summary: '停用或启用账号', body: ZStaffStatusBody, response: ZStaffAccount, auth: 'staff' }),
} as const;
