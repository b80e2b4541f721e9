import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import { ANYWHERE_SCOPE_LABELS, CHANNEL_LABELS, DELIVERY_METHOD_LABELS, RESULT_TYPE_LABELS, type TGuide } from '@shared/schemas/catalog';
import { controlProps } from '../../utils/control-props';
import { isSignedIn } from '../../services/session';
import { callPhone, openMap } from './actions';
import { yuan } from './format';
import { FileButton } from '../../components/file-button';

/** A titled card; `name` gives the stable class `.guide-<name>` the tests and styles use. */
function Section({ name, title, children }: { name: string; title: string; children: ReactNode }) {
  return (
    <View className={`ot-section guide-${name}`}>
      <View className='ot-section__title' role='heading' aria-level={2}>
        {title}
      </View>
      {children}
    </View>
  );
}

function Paragraphs({ text, className }: { text: string; className: string }) {
  return (
    <View className={className}>
      {text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line, i) => (
          <Text key={i} className='guide-paragraph'>
            {line}
          </Text>
        ))}
    </View>
  );
}

/**
 * 在线申办: the application flow arrives with the next release, so the button says so plainly instead of
 * starting a flow that goes nowhere.
 */
export function ApplyOnline({ guide }: { guide: TGuide }) {
  if (!guide.canApplyOnline) {
    return (
      <View className='ot-section guide-apply-none'>
        <Text>本事项暂不支持网上申办，请按下方清单准备材料到窗口办理。</Text>
      </View>
    );
  }
  // Signed out: sign in first (the login page leads on to the profile, then back here).
  const apply = () => void Taro.navigateTo({ url: isSignedIn() ? `/pages/apply/index?code=${encodeURIComponent(guide.code)}` : '/pages/login/index' });
  return (
    <View className='ot-section guide-apply-section'>
      <View className='ot-button guide-apply' {...controlProps('button', apply)}>
        在线申办
      </View>
      {isSignedIn() ? null : <Text className='guide-apply-notice'>在线申办需要先登录并完善实名信息。</Text>}
    </View>
  );
}

export function Visits({ guide }: { guide: TGuide }) {
  const channels = guide.channels.map((c) => CHANNEL_LABELS[c]).join('、');
  return (
    <Section name='visits' title='跑动次数与办理方式'>
      <Text className='guide-line'>
        到现场次数：<Text className='guide-strong'>{guide.visitsNeeded}次</Text>
      </Text>
      {guide.visitsNeeded > 0 && guide.visitsReason ? <Text className='guide-line guide-visits-reason'>原因：{guide.visitsReason}</Text> : null}
      {channels ? <Text className='guide-line'>办理渠道：{channels}</Text> : null}
      {guide.anywhereScope !== 'NONE' ? <Text className='guide-line'>通办范围：{ANYWHERE_SCOPE_LABELS[guide.anywhereScope]}</Text> : null}
      {guide.bookingAvailable ? <Text className='guide-line'>可网上预约窗口办理时间</Text> : null}
    </Section>
  );
}

export function Conditions({ guide }: { guide: TGuide }) {
  if (!guide.conditions) return null;
  return (
    <Section name='conditions' title='受理条件'>
      <Paragraphs text={guide.conditions} className='guide-conditions__text' />
    </Section>
  );
}

export function Process({ guide }: { guide: TGuide }) {
  if (guide.processSteps.length === 0) return null;
  return (
    <Section name='process' title='办理流程'>
      {guide.processSteps.map((step, i) => (
        <View key={i} className='guide-step'>
          <Text className='guide-step__name'>
            {i + 1}. {step.name}
            {step.timeLimit ? `（${step.timeLimit}）` : ''}
          </Text>
          <Text className='guide-step__text'>{step.description}</Text>
        </View>
      ))}
    </Section>
  );
}

export function Fees({ guide }: { guide: TGuide }) {
  return (
    <Section name='fees' title='收费标准'>
      {guide.free || guide.fees.length === 0 ? (
        <Text className='guide-line guide-strong guide-free'>不收费</Text>
      ) : (
        guide.fees.map((fee, i) => (
          <View key={i} className='guide-fee'>
            <Text className='guide-line guide-strong'>
              {fee.name}：{fee.amountFen !== null ? yuan(fee.amountFen) : fee.standard}
            </Text>
            {fee.amountFen !== null ? <Text className='guide-line'>标准：{fee.standard}</Text> : null}
            <Text className='guide-line guide-fee__basis'>依据：{fee.basis}</Text>
            {fee.reductions ? <Text className='guide-line'>减免：{fee.reductions}</Text> : null}
          </View>
        ))
      )}
      {guide.onlinePayment ? <Text className='guide-line'>支持网上缴费</Text> : null}
    </Section>
  );
}

export function Location({ guide }: { guide: TGuide }) {
  const { address, officeHours, mapUrl } = guide.location;
  if (!address && !officeHours) return null;
  return (
    <Section name='location' title='办理地点和时间'>
      {address ? <Text className='guide-line guide-address'>地点：{address}</Text> : null}
      {officeHours ? <Text className='guide-line guide-hours'>时间：{officeHours}</Text> : null}
      {address ? (
        <Text className='ot-button ot-button--secondary guide-map' {...controlProps('button', () => openMap(mapUrl, address))}>
          查看地图
        </Text>
      ) : null}
    </Section>
  );
}

/** The item's enquiry and complaint phones, and an online 咨询/投诉 about the item (tracked, with a reply deadline). */
export function Phones({ guide }: { guide: TGuide }) {
  const complain = () => void Taro.navigateTo({ url: isSignedIn() ? `/feedback/pages/complaint/index?itemId=${guide.itemId}` : '/pages/login/index' });
  return (
    <Section name='phones' title='咨询与投诉'>
      {guide.enquiryPhone ? <PhoneButton kind='enquiry' label='咨询电话' phone={guide.enquiryPhone} /> : null}
      {guide.complaintPhone ? <PhoneButton kind='complaint' label='投诉电话' phone={guide.complaintPhone} /> : null}
      <View className='ot-button ot-button--secondary guide-complain' {...controlProps('button', complain)}>
        在线咨询投诉
      </View>
    </Section>
  );
}

function PhoneButton({ kind, label, phone }: { kind: string; label: string; phone: string }) {
  return (
    <View className={`ot-option guide-phone guide-phone--${kind}`} aria-label={`${label} ${phone}，点击拨打`} {...controlProps('button', () => callPhone(phone))}>
      <Text>{label}</Text>
      <Text className='guide-phone__number'>{phone} 拨打</Text>
    </View>
  );
}

export function Result({ guide }: { guide: TGuide }) {
  const { name, type, sample, delivery } = guide.result;
  return (
    <Section name='result' title='办理结果'>
      {name ? (
        <Text className='guide-line guide-strong'>
          {name}
          {type ? `（${RESULT_TYPE_LABELS[type]}）` : ''}
        </Text>
      ) : null}
      {delivery.length > 0 ? <Text className='guide-line guide-delivery'>领取方式：{delivery.map((d) => DELIVERY_METHOD_LABELS[d]).join('、')}</Text> : null}
      {sample ? (
        <View className='guide-files'>
          <FileButton file={sample} label='结果样本' kind='result' />
        </View>
      ) : null}
    </Section>
  );
}

export function LegalBasis({ guide }: { guide: TGuide }) {
  if (!guide.legalBasis) return null;
  return (
    <Section name='legal' title='设定依据'>
      <Paragraphs text={guide.legalBasis} className='guide-legal__text' />
    </Section>
  );
}

export function Faqs({ guide }: { guide: TGuide }) {
  if (guide.faqs.length === 0) return null;
  return (
    <Section name='faqs' title='常见问题'>
      {guide.faqs.map((faq, i) => (
        <View key={i} className='guide-faq'>
          <Text className='guide-faq__q'>问：{faq.question}</Text>
          <Text className='guide-faq__a'>答：{faq.answer}</Text>
        </View>
      ))}
    </Section>
  );
}

export function Bundles({ guide }: { guide: TGuide }) {
  if (guide.bundles.length === 0) return null;
  return (
    <Section name='bundles' title='可以一次办好的“一件事”'>
      {guide.bundles.map((bundle) => (
        <View
          key={bundle.code}
          className='ot-option guide-bundle'
          data-code={bundle.code}
          {...controlProps('button', () => void Taro.navigateTo({ url: `/pages/bundle/index?code=${encodeURIComponent(bundle.code)}` }))}
        >
          <Text>{bundle.name}</Text>
          <Text aria-hidden>›</Text>
        </View>
      ))}
    </Section>
  );
}
