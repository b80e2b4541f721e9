import type { ControlRole } from './control-props';
import './control-props-h5.scss';

interface KeyEventLike {
  key?: string;
  preventDefault?: () => void;
}

/**
 * H5: Taro renders View and Button as custom elements (taro-view-core, taro-button-core) that are neither
 * focusable nor announced as controls, so add the role, a tab stop, and Enter/Space activation (WCAG 2.1.1).
 */
export function controlProps(role: ControlRole, onActivate: () => void) {
  return {
    role,
    tabIndex: 0,
    onClick: onActivate,
    onKeyDown: (event: KeyEventLike) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault?.();
      onActivate();
    },
  };
}
