import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TAuthorisation } from '@shared/schemas/authorisation';
import FormField, { problemsOf } from '../../components/form-field';
import SignedInPage from '../../components/signed-in-page';
import { useCall } from '../../hooks/use-call';
import { call } from '../../services/request';
import { isSignedIn } from '../../services/session';
import { controlProps } from '../../utils/control-props';
import './index.scss';

const STATUS: Record<TAuthorisation['status'], string> = { PENDING: '待确认', ACTIVE: '有效', REJECTED: '已拒绝', REVOKED: '已撤销', EXPIRED: '已过期' };
const RELATION: [TAuthorisation['relationship'], string][] = [
  ['FAMILY', '家属'],
  ['GUARDIAN', '监护人'],
  ['ENTRUSTED', '受托人'],
];

function Item(props: { a: TAuthorisation; side: 'agent' | 'principal'; onChange: () => void }) {
  const { a } = props;
  const act = (name: 'meAuthorisationConfirm' | 'meAuthorisationRevoke') => void call(name, { pathParams: { id: a.id } }).catch(() => undefined).then(props.onChange);
  return (
    <View className={`agents-item agents-item--${a.status.toLowerCase()}`} role='listitem'>
      <Text className='agents-item__name'>{props.side === 'agent' ? `我代 ${a.principalName} 办事` : `${a.agentName ?? '代办人'} 代我办事`}</Text>
      <Text className='agents-item__meta'>
        {STATUS[a.status]}
        {a.status === 'PENDING' && props.side === 'agent' ? (a.principalHasAccount ? ' · 请被代办人在小程序中确认' : ' · 请带双方证件到窗口核验') : ''}
      </Text>
      {a.status === 'PENDING' && props.side === 'principal' ? (
        <Button className='ot-button agents-confirm' {...controlProps('button', () => act('meAuthorisationConfirm'))}>
          确认授权
        </Button>
      ) : null}
      {a.status === 'PENDING' || a.status === 'ACTIVE' ? (
        <Button className='ot-button ot-button--secondary agents-revoke' {...controlProps('button', () => act('meAuthorisationRevoke'))}>
          撤销
        </Button>
      ) : null}
    </View>
  );
}

/** 代办授权: whom I act for (李军 for his mother), who acts for me, and a form to record a new one. */
export default function AgentsPage() {
  const [state, reload] = useCall('meAuthorisations', isSignedIn() ? {} : null);
  const [f, setF] = useState({ principalName: '', principalIdNumber: '', relationship: 'FAMILY' as TAuthorisation['relationship'] });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const create = async () => {
    setProblems({});
    try {
      await call('meAuthorisationCreate', { body: { principalName: f.principalName, principalIdType: 'RESIDENT_ID_CARD', principalIdNumber: f.principalIdNumber, relationship: f.relationship as 'FAMILY' } });
      setF({ ...f, principalName: '', principalIdNumber: '' });
      reload();
    } catch (err) {
      setProblems(problemsOf(err, '登记失败，请稍后再试'));
    }
  };
  return (
    <SignedInPage name='agents' title='代办授权' state={state} onRetry={reload}>
      {(data) => (
        <>
          <View className='ot-section agents-list' role='list'>
            <View className='ot-section__title' role='heading' aria-level={2}>
              我代办的 / 代我办的
            </View>
            {data.asAgent.length + data.asPrincipal.length === 0 ? <Text className='agents-empty'>还没有代办授权。</Text> : null}
            {data.asAgent.map((a) => (
              <Item key={a.id} a={a} side='agent' onChange={reload} />
            ))}
            {data.asPrincipal.map((a) => (
              <Item key={a.id} a={a} side='principal' onChange={reload} />
            ))}
          </View>
          <View className='ot-section agents-form'>
            <View className='ot-section__title' role='heading' aria-level={2}>
              我要替家人办事
            </View>
            <FormField name='principalName' className='agents-principal-name' label='被代办人姓名' value={f.principalName} onChange={(v) => setF({ ...f, principalName: v })} problem={problems.principalName} />
            <FormField name='principalIdNumber' className='agents-principal-id' type='idcard' label='被代办人身份证号码' value={f.principalIdNumber} onChange={(v) => setF({ ...f, principalIdNumber: v })} max={18} problem={problems.principalIdNumber} />
            <View className='agents-choices' role='radiogroup' aria-label='关系'>
              {RELATION.map(([r, label]) => (
                <Text key={r} className={`ot-option agents-relation${f.relationship === r ? ' ot-option--selected' : ''}`} aria-checked={f.relationship === r} {...controlProps('radio', () => setF({ ...f, relationship: r }))}>
                  {label}
                </Text>
              ))}
            </View>
            {problems.form ? <View className='ot-form-problem agents-problem' role='alert'>{problems.form}</View> : null}
            <Button className='ot-button agents-submit' {...controlProps('button', () => void create())}>
              登记代办授权
            </Button>
          </View>
        </>
      )}
    </SignedInPage>
  );
}
