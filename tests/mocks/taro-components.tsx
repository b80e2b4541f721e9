/**
 * Jest stand-in for @tarojs/components (mapped by moduleNameMapper): each component renders a plain host
 * element carrying the props tests look at (class names, roles, aria-*, data-*, handlers), so pages render
 * under react-dom or react-test-renderer without the Taro runtime. Written with createElement so it compiles
 * under any jsx setting.
 */
import { createElement, type ReactNode } from 'react';

type Props = Record<string, unknown> & { children?: ReactNode };

const PASSED = new Set(['className', 'style', 'id', 'role', 'tabIndex', 'hidden', 'disabled', 'src', 'value', 'placeholder', 'type', 'onClick', 'onKeyDown', 'onInput', 'onChange', 'onBlur', 'onFocus']);

function hostProps(props: Props): Props {
  const out: Props = {};
  for (const [key, value] of Object.entries(props)) {
    if (key === 'children') continue;
    if (PASSED.has(key) || key.startsWith('aria-') || key.startsWith('data-')) out[key] = value;
  }
  // Taro accepts style as a string too; React host elements only take objects.
  if (typeof out.style === 'string') delete out.style;
  return out;
}

function host(tag: string, displayName: string) {
  const Component = (props: Props) => createElement(tag, hostProps(props), props.children);
  Component.displayName = displayName;
  return Component;
}

export const View = host('div', 'View');
export const Text = host('span', 'Text');
export const Button = host('button', 'Button');
export const Image = host('img', 'Image');
export const Input = host('input', 'Input');
export const Textarea = host('textarea', 'Textarea');
export const Label = host('label', 'Label');
export const Form = host('form', 'Form');
export const Navigator = host('a', 'Navigator');
export const ScrollView = host('div', 'ScrollView');
export const Swiper = host('div', 'Swiper');
export const SwiperItem = host('div', 'SwiperItem');
export const Picker = host('div', 'Picker');
export const RadioGroup = host('div', 'RadioGroup');
export const Radio = host('input', 'Radio');
export const CheckboxGroup = host('div', 'CheckboxGroup');
export const Checkbox = host('input', 'Checkbox');
export const Switch = host('input', 'Switch');
export const RichText = host('div', 'RichText');
