'use client';
import { useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useIsomorphicLayoutEffect } from '../internal/use-isomorphic-layout-effect';
import { useTransitionFreeTheme } from './theme-change';
import { themeAttributeProps, useThemeScope } from './ThemeScope';

/** Props of {@link Portal}. */
export interface PortalProps {
  /**
   * Where the content goes.
   * @default document.body
   */
  container?: Element | null;
  children?: ReactNode;
}

/**
 * Renders its children at the end of the document (for overlays), keeping the
 * theme of the {@link ThemeScope} it was opened in. Renders nothing on the server.
 */
export function Portal({ container, children }: PortalProps) {
  const scope = useThemeScope();
  // The host sits outside the scope's element, so a change of the scope's theme is kept from animating here too.
  const host = useTransitionFreeTheme(scope);
  const [mounted, setMounted] = useState(false);
  useIsomorphicLayoutEffect(() => setMounted(true), []);
  if (!mounted) return null;
  const target = container ?? document.body;
  return createPortal(
    scope ? (
      <div {...themeAttributeProps(scope)} data-eui-portal="" ref={host}>
        {children}
      </div>
    ) : (
      children
    ),
    target,
  );
}
