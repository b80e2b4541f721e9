/**
 * Taro H5 renders `{...disabledIf(false)}` as the attribute disabled="false", which its stylesheet still matches as
 * disabled (faded text): only pass the prop when it is true.
 */
export function disabledIf(condition: boolean): { disabled?: true } {
  return condition ? { disabled: true } : {};
}
