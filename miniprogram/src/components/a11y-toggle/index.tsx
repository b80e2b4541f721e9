import { Text, View } from '@tarojs/components';
import { controlProps } from '../../utils/control-props';
import './index.scss';

export interface A11yToggleProps {
  on: boolean;
  onChange: (on: boolean) => void;
}

/** The 适老化 large-font switch shown at the top of every page. Root class: `.a11y-toggle` (`.a11y-toggle--on`). */
export default function A11yToggle({ on, onChange }: A11yToggleProps) {
  return (
    <View
      className={`a11y-toggle${on ? ' a11y-toggle--on' : ''}`}
      aria-checked={on}
      aria-label='大字模式'
      {...controlProps('switch', () => onChange(!on))}
    >
      <Text className='a11y-toggle__label'>大字模式</Text>
      <Text className='a11y-toggle__state'>{on ? '已开启' : '已关闭'}</Text>
    </View>
  );
}
