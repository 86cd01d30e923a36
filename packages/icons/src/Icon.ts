import { createElement, type ReactElement, type Ref, type SVGAttributes } from 'react';
import * as styles from './Icon.css';
import type { IconData, IconDrawing } from './types';

type OwnedAttributes = 'children' | 'dangerouslySetInnerHTML' | 'viewBox' | 'role' | 'aria-label' | 'aria-hidden' | 'focusable';

/** Props of {@link Icon}. Other SVG attributes (`className`, `style`, `data-*`, …) pass through to the `<svg>`. */
export interface IconProps extends Omit<SVGAttributes<SVGSVGElement>, OwnedAttributes> {
  /** The icon to draw, such as `homeIconData`. Required. */
  icon: IconData;
  /**
   * The accessible name. With a label the icon is an image (`role="img"`) named
   * once; without one it is decorative and hidden from assistive technology.
   * Leave it out when visible text next to the icon already says the same.
   * @default undefined
   */
  label?: string;
  /**
   * The icon's size: a number of CSS px or any CSS length. By default the icon is
   * as large as the surrounding text. In elder mode it never renders under 28 px.
   * @default '1em'
   */
  size?: number | string;
  /**
   * A ref to the `<svg>` element.
   * @default undefined
   */
  ref?: Ref<SVGSVGElement>;
}

function drawing(data: IconDrawing, mode: 'standard' | 'elder', className: string): ReactElement {
  return createElement(
    'g',
    { key: mode, className, strokeWidth: data.strokeWidth, 'data-eui-drawing': mode },
    data.paths.map((path, index) =>
      createElement('path', { key: index, d: path.d, fill: path.fill ? 'currentColor' : undefined }),
    ),
  );
}

/**
 * Draws an icon in the current text colour, as large as the text. Both drawings
 * are in the DOM; CSS shows the elder one when the closest theme root is in elder
 * mode and the standard one elsewhere, so switching mode re-renders nothing. Needs `@elder-ui/icons/styles.css`.
 *
 * @example
 * <Icon icon={homeIconData} label="Home" />
 */
export function Icon({ icon, label, size, className, style, ...rest }: IconProps): ReactElement {
  const named = Boolean(label) || rest['aria-labelledby'] !== undefined;
  return createElement(
    'svg',
    {
      ...rest,
      viewBox: '0 0 24 24',
      fill: 'none',
      stroke: 'currentColor',
      strokeLinecap: 'round',
      strokeLinejoin: 'round',
      focusable: 'false',
      className: className ? `${styles.icon} ${className}` : styles.icon,
      // A size sets the font size, so width and height stay 1em and the elder floor still applies.
      style: size === undefined ? style : { ...style, fontSize: size },
      'data-eui-icon': icon.name,
      ...(named ? { role: 'img', 'aria-label': label || undefined } : { 'aria-hidden': true }),
    },
    drawing(icon.standard, 'standard', styles.standard),
    drawing(icon.elder, 'elder', styles.elder),
  );
}
