import { defaultMotion, withDefaults } from '../defaults.ts';
import { durationsMs, isInElderMode, isPainted, prefersReducedMotion, round } from '../dom.ts';
import type { MotionOptions } from '../types.ts';
import { defineElderRule } from './source.ts';

interface Motion {
  kind: 'default' | 'transition' | 'running';
  name: string;
  durationMs: number;
}

/** CSS animations and transitions declared on the element or its ::before/::after. */
function declaredMotion(el: Element): Motion[] {
  const found: Motion[] = [];
  for (const pseudo of [null, '::before', '::after'] as const) {
    const style = getComputedStyle(el, pseudo);
    const names = style.animationName.split(',').map((n) => n.trim());
    const durations = durationsMs(style.animationDuration);
    names.forEach((name, i) => {
      if (name === 'none') return;
      const durationMs = durations[i % durations.length] ?? 0;
      found.push({ kind: 'default', name: pseudo ? `${pseudo} ${name}` : name, durationMs });
    });
    const properties = style.transitionProperty.split(',').map((n) => n.trim());
    const tDurations = durationsMs(style.transitionDuration);
    properties.forEach((property, i) => {
      const durationMs = tDurations[i % tDurations.length] ?? 0;
      if (property === 'none' || durationMs === 0) return;
      found.push({ kind: 'transition', name: pseudo ? `${pseudo} ${property}` : property, durationMs });
    });
  }
  return found;
}

/** Animations running right now on the element (CSS or Web Animations API). */
function runningMotion(el: Element): Motion[] {
  if (typeof el.getAnimations !== 'function') return [];
  return el
    .getAnimations()
    .filter((a) => a.playState === 'running')
    .map((a) => {
      const timing = a.effect?.getComputedTiming();
      const duration = typeof timing?.duration === 'number' ? timing.duration : 0;
      const name =
        (a as Partial<CSSAnimation>).animationName ?? (a as Partial<CSSTransition>).transitionProperty ?? (a.id || 'animation');
      return { kind: 'running' as const, name, durationMs: duration };
    });
}

/**
 * `elder-motion`: in elder mode (the mode attribute says `elder` on the element or an ancestor,
 * nearest scope wins) and whenever the user prefers reduced motion, nothing animates or
 * transitions for longer than `minDurationMs` (ELDER-MODE.md, "Motion"; WCAG 2.3.3 AAA, 2.2.2).
 */
export const elderMotion = defineElderRule<MotionOptions>({
  id: 'elder-motion',
  tags: ['elder', 'cat.time-and-media', 'wcag2aaa', 'wcag233', 'wcag222'],
  impact: 'moderate',
  defaults: defaultMotion,
  matches(_commons, node, { everywhere }) {
    if (!everywhere && !isInElderMode(node) && !prefersReducedMotion()) return false;
    if (!isPainted(node)) return false;
    return declaredMotion(node).length > 0 || runningMotion(node).length > 0;
  },
  evaluate(_commons, node, options) {
    const { minDurationMs } = withDefaults(defaultMotion, options);
    const moving = [...runningMotion(node), ...declaredMotion(node)].filter(
      (m) => m.durationMs > minDurationMs || (m.kind === 'running' && m.durationMs === Infinity),
    );
    if (moving.length === 0) {
      this.data({ minDurationMs });
      return true;
    }
    const first = moving[0]!;
    this.data({
      messageKey: first.kind,
      name: [...new Set(moving.map((m) => m.name))].join(', '),
      durationMs: Number.isFinite(first.durationMs) ? round(first.durationMs) : 'infinite',
      minDurationMs,
    });
    return false;
  },
});
