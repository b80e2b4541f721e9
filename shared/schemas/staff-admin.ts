import { z } from 'zod';
import { ZStaffRole } from './identity';

/** Roles a department administrator may hand out inside their own department (the rest need a system admin). */
export const DEPARTMENT_GRANTABLE_ROLES = ['WINDOW_CLERK', 'HANDLER', 'APPROVER', 'CATALOGUE_EDITOR', 'ASSISTANT'] as const;

export const STAFF_ROLE_LABELS: Record<z.infer<typeof ZStaffRole>, string> = {
  WINDOW_CLERK: '窗口受理',
  HANDLER: '部门审核',
  APPROVER: '部门负责人',
  DEPARTMENT_ADMIN: '部门管理员',
  CATALOGUE_EDITOR: '目录管理',
  ASSISTANT: '帮办代办',
  SUPERVISOR: '督查（只读）',
  SYSTEM_ADMIN: '系统管理员',
};

/** One role binding of a staff member: the role and its scope (null = everywhere). */
export const ZStaffGrant = z.object({
  id: z.string(),
  role: ZStaffRole,
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  /** Region prefix the grant covers (its whole subtree); null = all regions. */
  regionCode: z.string().nullable(),
  createdAt: z.string(),
});
export type TStaffGrant = z.infer<typeof ZStaffGrant>;

/** A staff account as its administrators see it (no password hash, no personal phone). */
export const ZStaffAccount = z.object({
  id: z.string(),
  name: z.string(),
  username: z.string().nullable(),
  employeeNo: z.string().nullable(),
  homeDepartment: z.object({ id: z.string(), name: z.string() }).nullable(),
  status: z.enum(['ACTIVE', 'DISABLED']),
  lastLoginAt: z.string().nullable(),
  grants: z.array(ZStaffGrant),
});
export type TStaffAccount = z.infer<typeof ZStaffAccount>;

export const ZStaffAccountList = z.object({ items: z.array(ZStaffAccount), total: z.number().int() });
export type TStaffAccountList = z.infer<typeof ZStaffAccountList>;

/** GET /admin/staff: the accounts the caller administers. */
export const ZStaffListQuery = z.object({
  /** Only staff of this home department. */
  departmentId: z.string().uuid('部门编号格式不正确').optional(),
  /** Part of a name, username or employee number. */
  q: z.string().trim().max(50, '搜索词过长').optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, '每页最多 100 条').default(20),
});

/** POST /admin/staff: a new back-office account with an initial password (the person changes it later). */
export const ZStaffCreateBody = z.object({
  name: z.string().trim().min(1, '请填写姓名').max(30, '姓名过长'),
  username: z
    .string()
    .trim()
    .min(3, '用户名至少 3 个字符')
    .max(64, '用户名过长')
    .regex(/^[A-Za-z0-9._-]+$/, '用户名只能包含字母、数字和 . _ -'),
  password: z.string().min(10, '初始密码至少 10 位').max(128, '密码过长'),
  employeeNo: z.string().trim().max(30, '工号过长').nullable().default(null),
  homeDepartmentId: z.string().uuid('请选择所属部门'),
});

/** POST /admin/staff/:id/grants */
export const ZStaffGrantBody = z.object({
  role: ZStaffRole,
  departmentId: z.string().uuid('部门编号格式不正确').nullable().default(null),
  regionCode: z
    .string()
    .regex(/^\d{2,12}$/, '区划代码格式不正确')
    .nullable()
    .default(null),
});
export type TStaffGrantBody = z.infer<typeof ZStaffGrantBody>;

/** POST /admin/staff/:id/status: disable (signs the person out everywhere) or enable again. */
export const ZStaffStatusBody = z.object({
  status: z.enum(['ACTIVE', 'DISABLED']),
  /** Why (kept in the audit log). */
  reason: z.string().trim().min(2, '请填写原因').max(200, '原因过长'),
});
