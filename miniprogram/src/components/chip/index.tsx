import { Text } from '@tarojs/components';
import { controlProps } from '../../utils/control-props';
import './index.scss';

export interface ChipProps {
  label: string;
  /** Toggle chips (filters) show their state; plain chips (themes, recent words) leave it undefined. */
  pressed?: boolean;
  onTap: () => void;
  className?: string;
}

/** A rounded tap target for filters and shortcuts; `.chip--on` when pressed (announced via aria-pressed). */
export default function Chip({ label, pressed, onTap, className = '' }: ChipProps) {
  return (
    <Text
      className={`chip${pressed ? ' chip--on' : ''} ${className}`}
      aria-pressed={pressed}
      {...controlProps('button', onTap)}
    >
      {pressed ? '✓ ' : ''}
      {label}
    </Text>
  );
}
