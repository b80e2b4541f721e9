import { Button, Input, Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ApiError } from '@shared/errors';
import type { TStaffRole } from '@shared/schemas/identity';
import { DEPARTMENT_GRANTABLE_ROLES, STAFF_ROLE_LABELS, type TStaffAccount } from '@shared/schemas/staff-admin';
import A11yToggle from '../../../components/a11y-toggle';
import { EmptyView, ErrorView, LoadingView } from '../../../components/load-state';
import { useCall } from '../../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { call } from '../../../services/request';
import { controlProps } from '../../../utils/control-props';
import { disabledIf } from '../../../utils/disabled';
import '../catalog/index.scss';
import './index.scss';

const ALL_ROLES = Object.keys(STAFF_ROLE_LABELS) as TStaffRole[];

/** The messages of a failed call, field by field when the server listed them. */
function problemsOf(e: unknown): string[] {
  const err = e instanceof ApiError ? e : null;
  return err?.details?.length ? err.details.map((d) => d.message) : [err?.message ?? '操作失败，请稍后重试'];
}

/**
 * 人员与权限: a department administrator manages the accounts of their department and hands out its working roles;
 * a system administrator manages everyone. The server decides and audits every change; this page only offers what
 * the caller's roles make sensible.
 */
export default function StaffAdminPage() {
  const [large, setLarge] = useLargeFont();
  const [me, retryMe] = useCall('staffMe', {});
  const [home] = useCall('home', {});
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [list, reload] = useCall('adminStaffList', { query: { q: search || undefined, pageSize: 50 } });

  if (me.status === 'error') return <ErrorView className='staff-admin-error' error={me.error} onRetry={retryMe} />;
  if (me.status !== 'ready' || home.status !== 'ready') return <LoadingView className='staff-admin-loading' />;
  const isRoot = me.data.roles.some((r) => r.role === 'SYSTEM_ADMIN' && r.departmentId === null && r.regionCode === null);
  const myDepartments = me.data.roles.filter((r) => r.role === 'DEPARTMENT_ADMIN' && r.departmentId).map((r) => r.departmentId!);
  const departments = home.data.departments.filter((d) => isRoot || myDepartments.includes(d.id));
  const roles = isRoot ? ALL_ROLES : [...DEPARTMENT_GRANTABLE_ROLES];

  return (
    <View className={pageClassName('staff-admin', large)}>
      <View className='catalog-header'>
        <View className='catalog-title' role='heading' aria-level={1}>
          人员与权限
        </View>
        <A11yToggle on={large} onChange={setLarge} />
      </View>
      <View className='ot-section staff-admin-search'>
        <Input className='catalog-input staff-admin-q' value={q} placeholder='姓名、用户名或工号' aria-label='搜索工作人员' maxlength={50} onInput={(e) => setQ(e.detail.value)} onConfirm={() => setSearch(q.trim())} />
        <Button className='ot-button ot-button--secondary staff-admin-search-go' {...controlProps('button', () => setSearch(q.trim()))}>
          搜索
        </Button>
      </View>
      <NewAccount departments={departments} onCreated={reload} />
      {list.status === 'error' ? (
        <ErrorView className='staff-admin-error' error={list.error} onRetry={reload} />
      ) : list.status !== 'ready' ? (
        <LoadingView className='staff-admin-loading' />
      ) : list.data.items.length === 0 ? (
        <EmptyView className='staff-admin-empty' text='没有符合条件的工作人员' />
      ) : (
        <View className='staff-admin-list' role='list' aria-label={`共 ${list.data.total} 人`}>
          {list.data.items.map((s) => (
            <AccountCard key={s.id} account={s} self={s.id === me.data.id} roles={roles} departments={departments} onChanged={reload} />
          ))}
        </View>
      )}
    </View>
  );
}

interface Dept {
  id: string;
  name: string;
  regionCode: string;
}

function NewAccount({ departments, onCreated }: { departments: Dept[]; onCreated: () => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [deptIndex, setDeptIndex] = useState(departments.length === 1 ? 0 : -1);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  if (!open) {
    return (
      <View className='ot-section'>
        <Button className='ot-button staff-admin-new' {...controlProps('button', () => setOpen(true))}>
          新建账号
        </Button>
      </View>
    );
  }
  const dept = departments[deptIndex];
  const create = async () => {
    if (!dept) return setProblems(['请选择所属部门']);
    setBusy(true);
    setProblems([]);
    try {
      await call('adminStaffCreate', { body: { name, username, password, homeDepartmentId: dept.id } });
      setOpen(false);
      setName('');
      setUsername('');
      setPassword('');
      onCreated();
    } catch (e) {
      setProblems(problemsOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='ot-section catalog-form staff-admin-new-form'>
      <View className='catalog-field'>
        <Text className='catalog-label'>姓名</Text>
        <Input className='catalog-input staff-admin-new-name' aria-label='姓名' value={name} maxlength={30} onInput={(e) => setName(e.detail.value)} />
      </View>
      <View className='catalog-field'>
        <Text className='catalog-label'>用户名</Text>
        <Input className='catalog-input staff-admin-new-username' aria-label='用户名' value={username} maxlength={64} onInput={(e) => setUsername(e.detail.value)} />
      </View>
      <View className='catalog-field'>
        <Text className='catalog-label'>初始密码（至少 10 位，请当面告知本人并提醒修改）</Text>
        <Input className='catalog-input staff-admin-new-password' aria-label='初始密码' password value={password} maxlength={128} onInput={(e) => setPassword(e.detail.value)} />
      </View>
      <View className='catalog-field'>
        <Text className='catalog-label'>所属部门</Text>
        <Picker mode='selector' range={departments.map((d) => d.name)} value={Math.max(0, deptIndex)} onChange={(e) => setDeptIndex(Number(e.detail.value))}>
          <View className='catalog-input staff-admin-new-department'>{dept ? dept.name : '请选择部门'}</View>
        </Picker>
      </View>
      <Problems items={problems} />
      <Button className='ot-button staff-admin-new-submit' {...disabledIf(busy)} {...controlProps('button', () => void create())}>
        创建
      </Button>
    </View>
  );
}

function Problems({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <View className='catalog-violations' role='alert'>
      {items.map((p) => (
        <Text key={p} className='catalog-violation'>
          {p}
        </Text>
      ))}
    </View>
  );
}

interface CardProps {
  account: TStaffAccount;
  self: boolean;
  roles: TStaffRole[];
  departments: Dept[];
  onChanged: () => void;
}

function AccountCard({ account, self, roles, departments, onChanged }: CardProps) {
  const [roleIndex, setRoleIndex] = useState(0);
  const [deptIndex, setDeptIndex] = useState(departments.findIndex((d) => d.id === account.homeDepartment?.id));
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const act = async (run: () => Promise<unknown>) => {
    setBusy(true);
    setProblems([]);
    try {
      await run();
      setReason('');
      onChanged();
    } catch (e) {
      setProblems(problemsOf(e));
    } finally {
      setBusy(false);
    }
  };
  const role = roles[roleIndex]!;
  const dept = departments[deptIndex];
  const grant = () =>
    act(() => call('adminStaffGrant', { pathParams: { id: account.id }, body: { role, departmentId: dept?.id ?? null, regionCode: dept?.regionCode ?? null } }));
  const disabled = account.status === 'DISABLED';
  return (
    <View className={`ot-section staff-admin-card${disabled ? ' staff-admin-card--disabled' : ''}`} role='listitem' data-username={account.username ?? ''}>
      <Text className='staff-admin-name'>
        {account.name}
        {disabled ? '（已停用）' : ''}
      </Text>
      <Text className='ot-section__hint'>
        {account.username ?? '无用户名'} · {account.homeDepartment?.name ?? '未设置部门'}
        {account.lastLoginAt ? ` · 最近登录 ${account.lastLoginAt.slice(0, 10)}` : ' · 从未登录'}
      </Text>
      <View className='staff-admin-grants' aria-label='已授予的角色'>
        {account.grants.length === 0 ? <Text className='ot-section__hint'>尚无角色</Text> : null}
        {account.grants.map((g) => (
          <View key={g.id} className='staff-admin-grant' data-role={g.role}>
            <Text>
              {STAFF_ROLE_LABELS[g.role]} · {g.departmentName ?? '全部门'}
              {g.regionCode ? ` · ${g.regionCode}` : ''}
            </Text>
            {self ? null : (
              <Button size='mini' className='ot-button ot-button--secondary staff-admin-revoke' aria-label={`收回${STAFF_ROLE_LABELS[g.role]}`} {...disabledIf(busy)} {...controlProps('button', () => void act(() => call('adminStaffRevoke', { pathParams: { id: account.id, grantId: g.id } })))}>
                收回
              </Button>
            )}
          </View>
        ))}
      </View>
      {self ? (
        <Text className='ot-section__hint'>不能修改自己的账号或角色，请由其他管理员办理。</Text>
      ) : (
        <>
          <View className='staff-admin-grant-form'>
            <Picker mode='selector' range={roles.map((r) => STAFF_ROLE_LABELS[r])} value={roleIndex} onChange={(e) => setRoleIndex(Number(e.detail.value))}>
              <View className='catalog-input staff-admin-role' aria-label='角色'>
                {STAFF_ROLE_LABELS[role]}
              </View>
            </Picker>
            <Picker mode='selector' range={departments.map((d) => d.name)} value={Math.max(0, deptIndex)} onChange={(e) => setDeptIndex(Number(e.detail.value))}>
              <View className='catalog-input staff-admin-grant-department' aria-label='范围'>
                {dept ? dept.name : '全部门'}
              </View>
            </Picker>
            <Button className='ot-button staff-admin-grant-go' {...disabledIf(busy)} {...controlProps('button', () => void grant())}>
              授予
            </Button>
          </View>
          <View className='staff-admin-status-form'>
            <Input className='catalog-input staff-admin-reason' aria-label={disabled ? '启用原因' : '停用原因'} placeholder={disabled ? '启用原因' : '停用原因（如：调离、离职）'} value={reason} maxlength={200} onInput={(e) => setReason(e.detail.value)} />
            <Button
              className={`ot-button ${disabled ? '' : 'ot-button--secondary '}staff-admin-status`}
              {...disabledIf(busy)}
              {...controlProps('button', () => void act(() => call('adminStaffStatus', { pathParams: { id: account.id }, body: { status: disabled ? 'ACTIVE' : 'DISABLED', reason } })))}
            >
              {disabled ? '启用账号' : '停用账号'}
            </Button>
          </View>
        </>
      )}
      <Problems items={problems} />
    </View>
  );
}
