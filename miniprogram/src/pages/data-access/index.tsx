import { Text, View } from '@tarojs/components';
import A11yToggle from '../../components/a11y-toggle';
import { EmptyView, ErrorView, LoadingView } from '../../components/load-state';
import { useCall } from '../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../hooks/use-large-font';
import './index.scss';

const FIELD_LABEL: Record<string, string> = { name: '姓名', idNumber: '证件号码', phone: '手机号', address: '地址' };
const ACTION_LABEL: Record<string, string> = {
  VIEW_PERSONAL_DATA: '查看',
  EXPORT_PERSONAL_DATA: '导出',
  DOWNLOAD_FILE: '下载材料',
  UPDATE_PERSONAL_DATA: '修改',
  DELETE_PERSONAL_DATA: '删除',
};

function fieldsText(fields: string[]): string {
  return fields
    .map((f) => {
      const [name, how] = f.split(':');
      return `${FIELD_LABEL[name!] ?? name}${how === 'masked' ? '（脱敏）' : ''}`;
    })
    .join('、');
}

function when(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** 谁查看了我的数据: every staff access to the citizen's personal data, with who, when, what and why. */
export default function DataAccessPage() {
  const [large, setLarge] = useLargeFont();
  const [state, retry] = useCall('meDataAccess', {});
  return (
    <View className={pageClassName('data-access', large)}>
      <View className='data-access-header'>
        <View className='data-access-title' role='heading' aria-level={1}>
          谁查看了我的数据
        </View>
        <A11yToggle on={large} onChange={setLarge} />
      </View>
      <Text className='data-access-note'>工作人员每次查看您的个人信息都会留下记录：谁、什么时候、看了什么、为什么。</Text>
      <View className='ot-section'>
        {state.status === 'error' ? <ErrorView error={state.error} onRetry={retry} /> : null}
        {state.status === 'loading' || state.status === 'idle' ? <LoadingView /> : null}
        {state.status === 'ready' && state.data.items.length === 0 ? <EmptyView className='data-access-empty' text='目前没有工作人员查看过您的个人信息。' /> : null}
        {state.status === 'ready' && state.data.items.length > 0 ? (
          <View className='data-access-list' role='list'>
            {state.data.items.map((a) => (
              <View key={a.id} className='data-access-item' role='listitem'>
                <Text className='data-access-item__who'>
                  {a.viewer.name}
                  {a.viewer.department ? `（${a.viewer.department}）` : ''}
                </Text>
                <Text className='data-access-item__what'>
                  {when(a.at)} {ACTION_LABEL[a.action] ?? a.action}了 {fieldsText(a.fields)}
                </Text>
                <Text className='data-access-item__why'>
                  原因：{a.purpose}
                  {a.caseNumber ? `（办件 ${a.caseNumber}）` : ''}
                </Text>
              </View>
            ))}
          </View>
        ) : null}
      </View>
    </View>
  );
}
