'use client';
import { clsx } from 'clsx/lite';
import type { ComponentPropsWithRef } from 'react';
import { useThemeScope } from '../theme';
import { useOptionalTheme } from '../theme/ThemeProvider';
import * as styles from './MarketingSlot.css';

/** Props of {@link MarketingSlot}. */
export type MarketingSlotProps = ComponentPropsWithRef<'div'>;

/**
 * The one place for promotions, banners and offers. In elder mode it renders
 * nothing (MIIT 5.1: no marketing in the elder UI). Two guards: when React knows
 * the mode (a ThemeScope or ThemeProvider above), the children are not rendered
 * at all; CSS also hides the slot inside any elder theme root, which covers the
 * page before hydration and a mode set only by attributes.
 */
export function MarketingSlot({ className, ...props }: MarketingSlotProps) {
  const scope = useThemeScope();
  const page = useOptionalTheme();
  const mode = (scope ?? page)?.mode;
  if (mode === 'elder') return null;
  return <div {...props} className={clsx(styles.slot, className)} data-eui-marketing="" />;
}
