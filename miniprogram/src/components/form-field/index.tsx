import { Input, Text, View } from '@tarojs/components';
import { ApiError } from '@shared/errors';
import './index.scss';

/** One labelled text input with its problem (from the server's field-level details) shown under it. */
export default function FormField(props: {
  name: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  problem?: string;
  max?: number;
  placeholder?: string;
  type?: 'text' | 'idcard' | 'number';
  className?: string;
}) {
  return (
    <View className={`ot-field ot-field--${props.name}`}>
      <Text className='ot-field__label'>{props.label}</Text>
      <Input
        className={`ot-field__input ${props.className ?? ''}`}
        type={props.type ?? 'text'}
        value={props.value}
        maxlength={props.max ?? 50}
        placeholder={props.placeholder}
        aria-label={props.label}
        onInput={(e) => props.onChange(e.detail.value)}
      />
      {props.problem ? (
        <View className={`ot-field__problem ot-field__problem--${props.name}`} role='alert'>
          {props.problem}
        </View>
      ) : null}
    </View>
  );
}

/** Field problems of a failed call keyed by field name (body. prefix dropped); anything else under `form`. */
export function problemsOf(err: unknown, fallback: string): Record<string, string> {
  const e = err instanceof ApiError ? err : undefined;
  const map: Record<string, string> = {};
  for (const d of e?.details ?? []) map[d.path.replace(/^body\./, '')] = d.message;
  if (Object.keys(map).length === 0) map.form = e?.message ?? fallback;
  return map;
}
