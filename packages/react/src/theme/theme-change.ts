import type { ThemeSettings } from '@elder-ui/tokens/contract';
import { useCallback, useInsertionEffect, useRef } from 'react';
import { themeChangingAttribute, themeChangingPageAttribute, themeStillAttribute } from './theme-change.css';

/**
 * What a theme change stills: `kit`, the kit's own components; `page`, every element, an app's
 * own CSS transitions included.
 */
export type TransitionReach = 'kit' | 'page';

const pending = new WeakMap<Element, () => void>();

const nextFrame = (callback: () => void): (() => void) => {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(callback, 16);
  return () => clearTimeout(id);
};

/**
 * Switches CSS transitions off inside `element` until the frame after the next one: those of the
 * kit's components, or with `reach` `page` every one. Call it just before changing the element's
 * theme attributes: the frame that paints the new theme computes its styles with transitions
 * off, so no control starts a colour or size transition (1000 Buttons animating at once cost
 * several times the switch itself), and hover feedback moves again from the frame after.
 *
 * Two frames rather than a forced style recalculation now: the change is painted after one
 * style pass instead of two. In a hidden tab (a change from another tab) no frame runs, and
 * transitions stay off until the tab is shown and has painted the new theme.
 */
export function suppressTransitions(element: Element, reach: TransitionReach = 'kit'): void {
  pending.get(element)?.();
  element.setAttribute(themeChangingAttribute, '');
  if (reach === 'page') element.setAttribute(themeChangingPageAttribute, '');
  // Hover applies to the hovered element and its ancestors, so a root that is not hovered has
  // nothing hovered inside it (the usual case on touch and keyboard), and the search is skipped.
  const hovered = element.matches(':hover') ? [element, ...element.querySelectorAll(':hover')] : [];
  for (const node of hovered) node.setAttribute(themeStillAttribute, '');
  const release = () => {
    pending.delete(element);
    element.removeAttribute(themeChangingAttribute);
    element.removeAttribute(themeChangingPageAttribute);
    for (const node of hovered) node.removeAttribute(themeStillAttribute);
  };
  let cancel = nextFrame(() => {
    cancel = nextFrame(release);
  });
  pending.set(element, () => {
    cancel();
    release();
  });
}

const themeKey = (theme: ThemeSettings | null) => (theme ? `${theme.mode} ${theme.scheme} ${theme.contrast}` : '');

/**
 * For an element that renders theme attributes (a scope, a portal host): keeps a change of
 * `theme` on it from animating. Returns the ref callback for that element.
 */
export function useTransitionFreeTheme(theme: ThemeSettings | null): (element: Element | null) => void {
  // Kept through React's detach (null) of a re-created ref, so the effect below still has the
  // element: an update keeps the same node.
  const element = useRef<Element | null>(null);
  const capture = useCallback((node: Element | null) => {
    if (node) element.current = node;
  }, []);
  const key = themeKey(theme);
  const painted = useRef(key);
  // An insertion effect runs in the same commit as React's attribute writes and before any
  // layout effect, so no component can read the new styles while transitions are still on.
  useInsertionEffect(() => {
    if (painted.current === key) return;
    painted.current = key;
    if (element.current) suppressTransitions(element.current);
  }, [key]);
  return capture;
}
