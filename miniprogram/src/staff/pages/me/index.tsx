import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ApiError } from '@shared/errors';
import type { TRealNameProfile, TStaffRole } from '@shared/schemas/identity';
import { STAFF_ROLE_LABELS } from '@shared/schemas/staff-admin';
import A11yToggle from '../../../components/a11y-toggle';
import { ErrorView, LoadingView } from '../../../components/load-state';
import { useCall } from '../../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { call } from '../../../services/request';
import { signOut } from '../../../services/session';
import { controlProps } from '../../../utils/control-props';
import '../login/index.scss';

/** Roles that maintain the catalogue (mirrors server/domain/catalog/scope.ts; the server still decides). */
const CATALOGUE_ROLES: TStaffRole[] = ['CATALOGUE_EDITOR', 'SYSTEM_ADMIN'];

/** Roles that pre-review cases and those at the window (the server still decides what each may do). */
const REVIEW_ROLES: TStaffRole[] = ['HANDLER', 'APPROVER', 'DEPARTMENT_ADMIN', 'WINDOW_CLERK', 'SUPERVISOR'];
const WINDOW_ROLES: TStaffRole[] = ['WINDOW_CLERK', 'DEPARTMENT_ADMIN', 'SYSTEM_ADMIN'];
const FOLLOW_UP_ROLES: TStaffRole[] = ['WINDOW_CLERK', 'HANDLER', 'APPROVER', 'DEPARTMENT_ADMIN', 'SUPERVISOR'];

const ADMIN_ROLES: TStaffRole[] = ['DEPARTMENT_ADMIN', 'SYSTEM_ADMIN'];

/** The signed-in staff member: roles and scopes, and a citizen look-up that only ever shows masked data (audited). */
export default function StaffMePage() {
  const [large, setLarge] = useLargeFont();
  const [me, retry] = useCall('staffMe', {});
  return (
    <View className={pageClassName('staff-me', large)}>
      <View className='staff-me-header'>
        <View className='staff-me-title' role='heading' aria-level={1}>
          {me.status === 'ready' ? me.data.name : '工作人员'}
        </View>
        <A11yToggle on={large} onChange={setLarge} />
      </View>
      {me.status === 'error' ? (
        me.error.code === 'UNAUTHENTICATED' || me.error.code === 'FORBIDDEN' ? (
          <View className='ot-section'>
            <Text>请先以工作人员身份登录。</Text>
            <Button className='ot-button' {...controlProps('button', () => void Taro.redirectTo({ url: '/staff/pages/login/index' }))}>
              去登录
            </Button>
          </View>
        ) : (
          <ErrorView error={me.error} onRetry={retry} />
        )
      ) : null}
      {me.status === 'loading' ? <LoadingView /> : null}
      {me.status === 'ready' ? (
        <View>
          <View className='ot-section staff-me-roles'>
            <Text className='staff-me-department'>{me.data.department?.name ?? '未设置部门'}</Text>
            {me.data.roles.map((r, i) => (
              <Text key={i} className='ot-option staff-me-role' data-role={r.role}>
                {STAFF_ROLE_LABELS[r.role]}
                {r.departmentName ? ` · ${r.departmentName}` : ' · 全部门'}
              </Text>
            ))}
          </View>
          {me.data.roles.some((r) => CATALOGUE_ROLES.includes(r.role)) ? (
            <View className='ot-section'>
              <Button className='ot-button staff-me-catalog' {...controlProps('button', () => void Taro.navigateTo({ url: '/staff/pages/catalog/index' }))}>
                事项目录管理
              </Button>
            </View>
          ) : null}
          {me.data.roles.some((r) => REVIEW_ROLES.includes(r.role)) ? (
            <View className='ot-section staff-me-review'>
              <Button className='ot-button staff-me-queue' {...controlProps('button', () => void Taro.navigateTo({ url: '/staff/pages/review-queue/index' }))}>
                预审队列
              </Button>
              <Button className='ot-button ot-button--secondary staff-me-messages' {...controlProps('button', () => void Taro.navigateTo({ url: '/staff/pages/messages/index' }))}>
                工作消息
              </Button>
              <Button className='ot-button ot-button--secondary staff-me-dispatch' {...controlProps('button', () => void Taro.navigateTo({ url: '/staff/pages/dispatch/index' }))}>
                结果寄出
              </Button>
            </View>
          ) : null}
          {me.data.roles.some((r) => WINDOW_ROLES.includes(r.role)) ? (
            <View className='ot-section staff-me-window'>
              <Button className='ot-button staff-me-lookup-case' {...controlProps('button', () => void Taro.navigateTo({ url: '/staff/pages/window-lookup/index' }))}>
                窗口查件与到场登记
              </Button>
            </View>
          ) : null}
          {me.data.roles.some((r) => ADMIN_ROLES.includes(r.role)) ? (
            <View className='ot-section staff-me-admin'>
              <Button className='ot-button staff-me-staff-admin' {...controlProps('button', () => void Taro.navigateTo({ url: '/staff/pages/staff-admin/index' }))}>
                人员与权限
              </Button>
            </View>
          ) : null}
          {me.data.roles.some((r) => FOLLOW_UP_ROLES.includes(r.role)) ? (
            <View className='ot-section staff-me-follow-ups'>
              <Button className='ot-button staff-me-follow-ups-open' {...controlProps('button', () => void Taro.navigateTo({ url: '/staff/pages/follow-ups/index' }))}>
                差评整改与咨询投诉
              </Button>
            </View>
          ) : null}
          {me.data.roles.some((r) => r.role === 'SUPERVISOR' || r.role === 'DEPARTMENT_ADMIN' || r.role === 'SYSTEM_ADMIN') ? (
            <View className='ot-section staff-me-supervision'>
              <Button className='ot-button staff-me-supervision-open' {...controlProps('button', () => void Taro.navigateTo({ url: '/staff/pages/supervision/index' }))}>
                督查看板
              </Button>
            </View>
          ) : null}
          <CitizenLookup />
          <View className='ot-section'>
            <Button className='ot-button ot-button--secondary staff-logout' {...controlProps('button', () => void signOut().then(() => Taro.reLaunch({ url: '/pages/index/index' })))}>
              退出登录
            </Button>
          </View>
        </View>
      ) : null}
    </View>
  );
}

function CitizenLookup() {
  const [accountId, setAccountId] = useState('');
  const [purpose, setPurpose] = useState('');
  const [result, setResult] = useState<TRealNameProfile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const look = async () => {
    setError(null);
    setResult(null);
    try {
      setResult(await call('staffUserProfile', { pathParams: { userId: accountId.trim() }, query: { purpose } }));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '查询失败');
    }
  };
  return (
    <View className='ot-section staff-lookup'>
      <View className='ot-section__title' role='heading' aria-level={2}>
        查询市民实名信息（脱敏）
      </View>
      <Text className='ot-section__hint'>每次查询都会记录查看人与原因，市民可在“谁查看了我的数据”中看到。</Text>
      <Input className='staff-login__input staff-lookup-account' value={accountId} maxlength={40} placeholder='市民账号编号' aria-label='市民账号编号' onInput={(e) => setAccountId(e.detail.value)} />
      <Input className='staff-login__input staff-lookup-purpose' value={purpose} maxlength={100} placeholder='查看原因，如：窗口核对身份' aria-label='查看原因' onInput={(e) => setPurpose(e.detail.value)} />
      <Button className='ot-button staff-lookup-submit' {...controlProps('button', () => void look())}>
        查询
      </Button>
      {error ? (
        <View className='staff-login-error staff-lookup-error' role='alert'>
          {error}
        </View>
      ) : null}
      {result ? (
        <View className='staff-lookup-result'>
          <Text className='staff-lookup-result__name'>姓名：{result.name}</Text>
          <Text className='staff-lookup-result__id'>证件号码：{result.idNumber}</Text>
          <Text className='staff-lookup-result__phone'>手机：{result.phone ?? '未填写'}</Text>
          <Text className='staff-lookup-result__address'>地址：{result.address?.area ?? '未填写'}</Text>
        </View>
      ) : null}
    </View>
  );
}
