import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import A11yToggle from '../a11y-toggle';

/**
 * A page's coloured header: its title (the page's one level-1 heading) and the large-font switch. Classes
 * `<name>-header` and `<name>-title`, which the page styles with the page-header and page-title mixins.
 */
export default function PageHeader(props: { name: string; title: ReactNode; large: boolean; onLarge: (on: boolean) => void }) {
  return (
    <View className={`${props.name}-header`}>
      <View className={`${props.name}-title`} role='heading' aria-level={1}>
        {props.title}
      </View>
      <A11yToggle on={props.large} onChange={props.onLarge} />
    </View>
  );
}
