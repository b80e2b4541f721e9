import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TCompany } from '@shared/schemas/company';
import FormField, { problemsOf } from '../../components/form-field';
// SignedInPage (with the header) before load-state: pages load a11y-toggle's styles before load-state's, and
// weapp's shared stylesheet keeps one order.
import SignedInPage from '../../components/signed-in-page';
import { EmptyView } from '../../components/load-state';
import { useCall } from '../../hooks/use-call';
import { call } from '../../services/request';
import { isSignedIn } from '../../services/session';
import { controlProps } from '../../utils/control-props';
import './index.scss';

const ROLE_LABEL: Record<TCompany['myRole'], string> = { LEGAL_REPRESENTATIVE: '法定代表人', ADMIN: '管理员', MEMBER: '经办人' };

/** Register form: only the legal representative may register, with their own ID (the server checks it). */
function RegisterForm(props: { onDone: () => void }) {
  const [f, setF] = useState({ creditCode: '', name: '', legalRepName: '', legalRepIdNumber: '' });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const submit = async () => {
    setProblems({});
    try {
      await call('meCompanyRegister', { body: f });
      props.onDone();
    } catch (err) {
      setProblems(problemsOf(err, '登记失败，请稍后再试'));
    }
  };
  return (
    <View className='ot-section companies-register'>
      <View className='ot-section__title' role='heading' aria-level={2}>
        登记企业（法定代表人本人）
      </View>
      <FormField name='creditCode' className='companies-credit-code' label='统一社会信用代码' value={f.creditCode} onChange={set('creditCode')} max={18} placeholder='18位，见营业执照' problem={problems.creditCode} />
      <FormField name='name' className='companies-name' label='企业名称' value={f.name} onChange={set('name')} max={100} placeholder='与营业执照一致' problem={problems.name} />
      <FormField name='legalRepName' className='companies-rep-name' label='法定代表人姓名' value={f.legalRepName} onChange={set('legalRepName')} problem={problems.legalRepName} />
      <FormField name='legalRepIdNumber' className='companies-rep-id' type='idcard' label='法定代表人身份证号码' value={f.legalRepIdNumber} onChange={set('legalRepIdNumber')} max={18} problem={problems.legalRepIdNumber} />
      {problems.form ? <View className='ot-form-problem companies-problem' role='alert'>{problems.form}</View> : null}
      <Button className='ot-button companies-register-submit' {...controlProps('button', () => void submit())}>
        登记企业
      </Button>
    </View>
  );
}

/** The legal representative authorises or revokes people who act for the company (经办人). */
function Members(props: { company: TCompany; onChange: () => void }) {
  const [f, setF] = useState({ name: '', idNumber: '' });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const add = async () => {
    setProblems({});
    try {
      await call('meCompanyMemberAdd', { pathParams: { companyId: props.company.id }, body: { ...f, role: 'MEMBER' } });
      setF({ name: '', idNumber: '' });
      props.onChange();
    } catch (err) {
      setProblems(problemsOf(err, '授权失败，请稍后再试'));
    }
  };
  const revoke = async (userId: string) => {
    await call('meCompanyMemberRevoke', { pathParams: { companyId: props.company.id, userId } }).catch(() => undefined);
    props.onChange();
  };
  return (
    <View className='companies-members'>
      {(props.company.members ?? []).map((m) => (
        <View key={m.userId} className='companies-member' role='listitem'>
          <Text>
            {m.name} · {ROLE_LABEL[m.role]}
            {m.active ? '' : '（已撤销）'}
          </Text>
          {m.active && m.role !== 'LEGAL_REPRESENTATIVE' ? (
            <Button className='ot-button ot-button--secondary companies-member-revoke' {...controlProps('button', () => void revoke(m.userId))}>
              撤销
            </Button>
          ) : null}
        </View>
      ))}
      <FormField name='name' className='companies-member-name' label='经办人姓名' value={f.name} onChange={(v) => setF({ ...f, name: v })} problem={problems.name} />
      <FormField name='idNumber' className='companies-member-id' type='idcard' label='经办人身份证号码' value={f.idNumber} onChange={(v) => setF({ ...f, idNumber: v })} max={18} problem={problems.idNumber} />
      {problems.form ? <View className='ot-form-problem companies-member-problem' role='alert'>{problems.form}</View> : null}
      <Button className='ot-button ot-button--secondary companies-member-add' {...controlProps('button', () => void add())}>
        授权经办人
      </Button>
    </View>
  );
}

/** 我的企业: companies the citizen may act for, and (for the legal representative) who else may. */
export default function CompaniesPage() {
  const [state, reload] = useCall('meCompanies', isSignedIn() ? {} : null);
  return (
    <SignedInPage name='companies' title='我的企业' state={state} onRetry={reload}>
      {(data) => (
        <>
          <View className='ot-section companies-list' role='list'>
            {data.items.length === 0 ? <EmptyView className='companies-empty' text='您还没有可代表的企业。' /> : null}
            {data.items.map((c) => (
              <View key={c.id} className='companies-item' role='listitem'>
                <Text className='companies-item__name'>{c.name}</Text>
                <Text className='companies-item__meta'>
                  {c.creditCode} · 法定代表人 {c.legalRepName} · 我是{ROLE_LABEL[c.myRole]}
                </Text>
                {c.members ? <Members company={c} onChange={reload} /> : null}
              </View>
            ))}
          </View>
          <RegisterForm onDone={reload} />
        </>
      )}
    </SignedInPage>
  );
}
