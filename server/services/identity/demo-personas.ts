import type { StaffRoleName } from '../../domain/actor';

/** The people of journeys.md, for the demo persona picker, the seed and the end-to-end tests. */
export interface DemoPersona {
  key: string;
  name: string;
  kind: 'citizen' | 'staff';
  description: string;
  /** Citizens: the simulated WeChat openid. */
  openid?: string;
  /** Staff: account, department code (seeded departments) and roles. */
  username?: string;
  departmentCode?: string;
  grants?: { role: StaffRoleName; departmentCode?: string | null; regionCode?: string | null }[];
}

/** Password of every demo staff account. Demo mode only; production has no such accounts. */
export const DEMO_STAFF_PASSWORD = 'onetrip-demo-2026';

export const DEMO_PERSONAS: DemoPersona[] = [
  { key: 'zhangwei', name: '张伟', kind: 'citizen', openid: 'demo-openid-zhangwei', description: '32岁，想在隆阳区永昌街道开一家米线店' },
  { key: 'yangli', name: '杨丽', kind: 'citizen', openid: 'demo-openid-yangli', description: '29岁，腾冲市，刚生了宝宝，办理出生一件事' },
  { key: 'lixiuying', name: '李秀英', kind: 'citizen', openid: 'demo-openid-lixiuying', description: '68岁，腾冲市和顺镇，使用大字模式' },
  { key: 'lijun', name: '李军', kind: 'citizen', openid: 'demo-openid-lijun', description: '李秀英的儿子，在昆明，代母亲办事' },
  {
    key: 'wangqiang',
    name: '王强',
    kind: 'staff',
    username: 'wangqiang',
    departmentCode: '5305-ZWFW',
    description: '市政务服务中心 综合受理3号窗口',
    // 综合受理 (一窗受理): the centre's window takes in and hands out cases of every department stationed there, so
    // the grant spans departments; scoped to his own department he could reach no case at all (it owns no items).
    grants: [{ role: 'WINDOW_CLERK', departmentCode: null, regionCode: '5305' }],
  },
  {
    key: 'zhaomin',
    name: '赵敏',
    kind: 'staff',
    username: 'zhaomin',
    departmentCode: '5305-SCJG',
    description: '市市场监督管理局 审核人员',
    grants: [{ role: 'HANDLER', departmentCode: '5305-SCJG', regionCode: '5305' }],
  },
  {
    key: 'liuyang',
    name: '刘洋',
    kind: 'staff',
    username: 'liuyang',
    departmentCode: '5305-SCJG',
    description: '市市场监督管理局 部门管理员（本部门人员与权限）',
    grants: [{ role: 'DEPARTMENT_ADMIN', departmentCode: '5305-SCJG', regionCode: '5305' }],
  },
  {
    key: 'chenchen',
    name: '陈晨',
    kind: 'staff',
    username: 'chenchen',
    departmentCode: '5305-ZWFW',
    description: '市政务服务管理局 督查（全市只读，信息脱敏）',
    grants: [{ role: 'SUPERVISOR', departmentCode: null, regionCode: '5305' }],
  },
  {
    key: 'zhouning',
    name: '周宁',
    kind: 'staff',
    username: 'zhouning',
    departmentCode: '5305-ZWFW',
    description: '目录管理员，维护办事指南',
    grants: [{ role: 'CATALOGUE_EDITOR', departmentCode: null, regionCode: null }],
  },
];
