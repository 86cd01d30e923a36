import { visuallyHidden } from './visually-hidden.css';

/** How urgently a message is said: `polite` waits for a pause; `assertive` interrupts. */
export type Politeness = 'polite' | 'assertive';

const regions = new Map<Politeness, HTMLElement>();

function liveRegion(politeness: Politeness): HTMLElement {
  const existing = regions.get(politeness);
  if (existing?.isConnected) return existing;
  const region = document.createElement('div');
  region.setAttribute('aria-live', politeness);
  region.setAttribute('aria-atomic', 'true');
  region.setAttribute('data-eui-announcer', politeness);
  region.className = visuallyHidden;
  document.body.append(region);
  regions.set(politeness, region);
  return region;
}

/**
 * Says a short message to screen readers through one shared live region per politeness:
 * `polite` for news (the default), `assertive` only for what must interrupt, such as an error.
 * The region exists before the text arrives, which some screen readers need to announce it.
 */
export function announce(message: string, politeness: Politeness = 'polite'): void {
  if (typeof document === 'undefined') return;
  const target = liveRegion(politeness);
  target.textContent = '';
  setTimeout(() => {
    target.textContent = message;
  }, 100);
}
