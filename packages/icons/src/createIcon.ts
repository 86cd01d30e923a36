import { createElement, type ReactElement } from 'react';
import { Icon, type IconProps } from './Icon';
import type { IconData } from './types';

/** The props of a ready-made icon such as `HomeIcon`: those of {@link Icon} without `icon`. */
export type IconComponentProps = Omit<IconProps, 'icon'>;

/** A component that renders one icon, with its data attached as `icon`. */
export interface IconComponent {
  (props: IconComponentProps): ReactElement;
  /** The component's name in React DevTools, such as `HomeIcon`. */
  displayName: string;
  /** The drawings this component renders. */
  readonly icon: IconData;
}

/**
 * The export name of an icon's component: `top-up` → `TopUpIcon`.
 *
 * @example iconComponentName('bank-card') // 'BankCardIcon'
 */
export function iconComponentName(name: string): string {
  return `${name.replace(/(^|-)([a-z0-9])/g, (_match, _dash: string, letter: string) => letter.toUpperCase())}Icon`;
}

/**
 * Turns icon data into a component, for icons of your own drawn to the same
 * spec. Call it at module level with `\/*#__PURE__*\/` so that bundlers drop
 * the icons an app does not use.
 *
 * @example
 * export const KiteIcon = /*#__PURE__*\/ createIcon(kiteIconData);
 */
export function createIcon(icon: IconData): IconComponent {
  const component = (props: IconComponentProps) => createElement(Icon, { ...props, icon });
  return Object.assign(component, { displayName: iconComponentName(icon.name), icon });
}
