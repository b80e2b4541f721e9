/** ARIA role of a tappable element; WeChat reads its own components natively and ignores it. */
export type ControlRole = 'button' | 'radio' | 'switch';

/** Props that make a tappable element a control. On weapp a tap is all there is (see control-props.h5.ts for H5). */
export function controlProps(_role: ControlRole, onActivate: () => void): { onClick: () => void } {
  return { onClick: onActivate };
}
