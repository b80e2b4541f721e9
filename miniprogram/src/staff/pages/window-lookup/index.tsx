import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ApiError } from '@shared/errors';
import type { TLookupBody, TLookupResult } from '@shared/schemas/review';
import PageHeader from '../../../components/page-header';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { call } from '../../../services/request';
import { controlProps } from '../../../utils/control-props';
import '../review-queue/index.scss';
import '../review-case/index.scss';
import { disabledIf } from '../../../utils/disabled';

type VisitPurpose = NonNullable<TLookupBody['visitPurpose']>;

const PURPOSES: [VisitPurpose, string][] = [
  ['SUBMIT_MATERIALS', '递交材料'],
  ['VERIFY_ORIGINALS', '核验原件'],
  ['INTERVIEW', '面谈'],
  ['PICK_UP_RESULT', '领取结果'],
  ['OTHER', '其他'],
];

/**
 * Window clerk: find a case from the citizen's QR code (a USB scanner on the hall PC types the token into the
 * field; the phone camera on weapp) or its case number, then record the visit.
 */
export default function WindowLookupPage() {
  const [large, setLarge] = useLargeFont();
  const [qrToken, setQrToken] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
  const [purpose, setPurpose] = useState<VisitPurpose>('SUBMIT_MATERIALS');
  const [result, setResult] = useState<TLookupResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const lookUp = async (visit: boolean) => {
    setError(null);
    try {
      const body: TLookupBody = qrToken.trim() ? { qrToken: qrToken.trim() } : { caseNumber: caseNumber.trim() };
      setResult(await call('staffCaseLookup', { body: visit ? { ...body, visitPurpose: purpose } : body }));
    } catch (err) {
      setResult(null);
      setError(err instanceof ApiError ? err.message : '查找失败，请重试');
    }
  };
  const scan = async () => {
    try {
      const r = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      setQrToken(r.result);
    } catch {
      setError('未能识别二维码，请改为输入办件编号');
    }
  };

  return (
    <View className={pageClassName('window-lookup', large)}>
      <PageHeader name='review' title='窗口查件与到场登记' large={large} onLarge={setLarge} />
      <View className='ot-section staff-lookup window-lookup-form'>
        <Input className='staff-login__input window-lookup-qr' value={qrToken} maxlength={300} placeholder='扫描市民出示的办件二维码' aria-label='办件二维码内容' onInput={(e) => setQrToken(e.detail.value)} onConfirm={() => void (qrToken.trim() && lookUp(false))} />
        {process.env.TARO_ENV === 'weapp' ? (
          <Button className='ot-button ot-button--secondary window-lookup-scan' {...controlProps('button', () => void scan())}>
            扫码
          </Button>
        ) : null}
        <Input className='staff-login__input window-lookup-number' value={caseNumber} maxlength={40} placeholder='或输入办件编号' aria-label='办件编号' onInput={(e) => setCaseNumber(e.detail.value)} />
        <Button className='ot-button window-lookup-find' {...disabledIf(!qrToken.trim() && !caseNumber.trim())} {...controlProps('button', () => void lookUp(false))}>
          查找办件
        </Button>
      </View>
      {error ? (
        <View className='ot-section staff-login-error window-lookup-error' role='alert'>
          {error}
        </View>
      ) : null}
      {result ? (
        <View className='ot-section window-lookup-result review-summary'>
          <Text className='window-lookup-result__number'>办件编号：{result.case.number}</Text>
          <Text className='window-lookup-result__status'>状态：{result.case.statusLabel}</Text>
          {result.case.promisedDueDate ? <Text>承诺办结：{result.case.promisedDueDate}</Text> : null}
          <Text className='window-lookup-result__visits'>到场次数：{result.case.visitCount}</Text>
          {result.visitRecorded ? (
            <View className='window-lookup-result__recorded' role='status'>
              已登记本次到场
            </View>
          ) : null}
          <View className='review-action__choices window-lookup-purpose' role='radiogroup' aria-label='到场事由'>
            {PURPOSES.map(([v, label]) => (
              <Text key={v} className={`ot-option${purpose === v ? ' ot-option--selected' : ''}`} aria-checked={purpose === v} data-value={v} {...controlProps('radio', () => setPurpose(v))}>
                {label}
              </Text>
            ))}
          </View>
          <Button className='ot-button window-lookup-visit' {...controlProps('button', () => void lookUp(true))}>
            登记到场
          </Button>
        </View>
      ) : null}
    </View>
  );
}
