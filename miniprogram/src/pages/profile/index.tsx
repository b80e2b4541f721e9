import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { PRIVACY_POLICY_VERSION } from '@shared/domain/identity/privacy';
import type { TRealNameProfile } from '@shared/schemas/identity';
import A11yToggle from '../../components/a11y-toggle';
import { ErrorView, LoadingView } from '../../components/load-state';
import MyCasesEntry from '../../components/my-cases-entry';
import MessagesEntry from '../../components/messages-entry';
import { useCall } from '../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../hooks/use-large-font';
import { call } from '../../services/request';
import { isSignedIn, signOut } from '../../services/session';
import { controlProps } from '../../utils/control-props';
import ProfileForm from './profile-form';
import { downloadMyData } from './download';
import './index.scss';

const ID_LABEL: Record<TRealNameProfile['idType'], string> = {
  RESIDENT_ID_CARD: '居民身份证',
  PASSPORT: '护照',
  HK_MACAO_PERMIT: '港澳通行证',
  TAIWAN_PERMIT: '台湾通行证',
  FOREIGN_PERMANENT_RESIDENT: '外国人永居证',
  OTHER: '其他证件',
};

/**
 * 我的实名信息: the owner sees their own data in full (everyone else only masked), can correct it, download
 * everything, see who viewed it, and delete the account.
 */
export default function ProfilePage() {
  const [large, setLarge] = useLargeFont();
  const [state, reload] = useCall('meProfile', isSignedIn() ? {} : null);
  const [editing, setEditing] = useState(false);

  if (!isSignedIn() || (state.status === 'error' && state.error.code === 'UNAUTHENTICATED')) {
    return (
      <View className={pageClassName('profile', large)}>
        <View className='ot-section profile-signed-out'>
          <Text>请先登录。</Text>
          <Button className='ot-button' {...controlProps('button', () => void Taro.navigateTo({ url: '/pages/login/index' }))}>
            去登录
          </Button>
        </View>
      </View>
    );
  }

  const consent = async () => {
    await call('meConsent', { body: { kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION } });
    reload();
  };
  const remove = async () => {
    const { confirm } = await Taro.showModal({ title: '注销账号', content: '注销后将删除您的实名信息和登录记录；已提交的办件依法保留但与您的账号脱离。确定注销吗？', confirmText: '确定注销' });
    if (!confirm) return;
    await call('meDelete');
    await signOut();
    await Taro.reLaunch({ url: '/pages/index/index' });
  };

  return (
    <View className={pageClassName('profile', large)}>
      <View className='profile-header'>
        <View className='profile-title' role='heading' aria-level={1}>
          我的实名信息
        </View>
        <A11yToggle on={large} onChange={setLarge} />
      </View>
      <MyCasesEntry />
      <MessagesEntry />
      {state.status === 'error' ? <ErrorView error={state.error} onRetry={reload} /> : null}
      {state.status === 'loading' || state.status === 'idle' ? <LoadingView /> : null}
      {state.status === 'ready' ? (
        <View>
          {!state.data.privacy.consented ? (
            <View className='ot-section profile-consent' role='note'>
              <Text className='profile-consent__text'>
                为办理政务服务，我们需要收集您的姓名、证件号码、手机号和地址。信息加密保存，工作人员仅在办理您的办件时查看，每次查看都会记录并向您公开。请阅读并同意《隐私保护指引》（{state.data.privacy.currentVersion} 版）。
              </Text>
              <Button className='ot-button profile-consent__agree' {...controlProps('button', () => void consent())}>
                同意并继续
              </Button>
            </View>
          ) : state.data.profile && !editing ? (
            <ProfileView profile={state.data.profile} accountId={state.data.accountId} onEdit={() => setEditing(true)} />
          ) : (
            <ProfileForm
              profile={state.data.profile}
              onSaved={() => {
                setEditing(false);
                reload();
              }}
            />
          )}
          <View className='ot-section profile-actions'>
            <Button className='ot-button ot-button--secondary profile-complaints' {...controlProps('button', () => void Taro.navigateTo({ url: '/feedback/pages/complaint/index' }))}>
              我的咨询投诉
            </Button>
            <Button className='ot-button ot-button--secondary profile-data-access' {...controlProps('button', () => void Taro.navigateTo({ url: '/pages/data-access/index' }))}>
              谁查看了我的数据
            </Button>
            <Button className='ot-button ot-button--secondary profile-companies' {...controlProps('button', () => void Taro.navigateTo({ url: '/pages/companies/index' }))}>
              我的企业
            </Button>
            <Button className='ot-button ot-button--secondary profile-agents' {...controlProps('button', () => void Taro.navigateTo({ url: '/pages/agents/index' }))}>
              代办授权
            </Button>
            <Button className='ot-button ot-button--secondary profile-sessions' {...controlProps('button', () => void Taro.navigateTo({ url: '/pages/sessions/index' }))}>
              登录设备
            </Button>
            <Button className='ot-button ot-button--secondary profile-export' {...controlProps('button', () => void downloadMyData())}>
              下载我的数据
            </Button>
            <Button className='ot-button ot-button--secondary profile-logout' {...controlProps('button', () => void signOut().then(() => Taro.reLaunch({ url: '/pages/index/index' })))}>
              退出登录
            </Button>
            <Button className='ot-button ot-button--secondary profile-delete' {...controlProps('button', () => void remove())}>
              注销账号
            </Button>
          </View>
        </View>
      ) : null}
    </View>
  );
}

function ProfileView({ profile, accountId, onEdit }: { profile: TRealNameProfile; accountId: string; onEdit: () => void }) {
  const row = (cls: string, label: string, value: string | null) => (
    <View className={`profile-view__row profile-view__${cls}`}>
      <Text className='profile-view__label'>{label}</Text>
      <Text className='profile-view__value'>{value ?? '未填写'}</Text>
    </View>
  );
  return (
    <View className='ot-section profile-view'>
      {row('name', '姓名', profile.name)}
      {row('idtype', '证件类型', ID_LABEL[profile.idType])}
      {row('idnumber', '证件号码', profile.idNumber)}
      {row('phone', '手机号码', profile.phone)}
      {row('address', '地址', profile.address ? `${profile.address.area}${profile.address.detail ?? ''}` : null)}
      {row('account', '账号编号', accountId)}
      <Text className='ot-section__hint'>以上为完整信息，仅您本人可见；工作人员看到的是脱敏信息（如 530***********1234）。</Text>
      <Button className='ot-button profile-edit' {...controlProps('button', onEdit)}>
        修改
      </Button>
    </View>
  );
}
