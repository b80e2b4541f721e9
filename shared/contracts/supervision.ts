import { ZSupervisionCases, ZSupervisionCasesQuery, ZSupervisionDashboard, ZSupervisionQuery } from '../schemas/supervision';
import { endpoint } from './define';

/**
 * 督查 dashboard: supervisors city-wide (their region), department admins their own department. The XLSX/CSV export
 * (GET /staff/supervision/export?format=xlsx|csv&from&to&regionCode&departmentId) is a file download, audited.
 */
export const supervisionApi = {
  staffSupervisionDashboard: endpoint({ method: 'GET', path: '/staff/supervision/dashboard', summary: '督查指标：期间、范围、地区与部门、月度趋势', query: ZSupervisionQuery, response: ZSupervisionDashboard, auth: 'staff' }),
  staffSupervisionCases: endpoint({ method: 'GET', path: '/staff/supervision/cases', summary: '指标背后的办件（脱敏，分页）', query: ZSupervisionCasesQuery, response: ZSupervisionCases, auth: 'staff' }),
} as const;
