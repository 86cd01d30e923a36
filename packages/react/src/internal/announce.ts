import { visuallyHidden } from './visually-hidden.css';

let region: HTMLElement | null = null;

function liveRegion(): HTMLElement {
  if (region?.isConnected) return region;
  region = document.createElement('div');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  region.setAttribute('data-eui-announcer', '');
  region.className = visuallyHidden;
  document.body.append(region);
  return region;
}

/**
 * Says a short message to screen readers through one shared polite live region.
 * The region exists before the text arrives, which some screen readers need to announce it.
 */
export function announce(message: string): void {
  if (typeof document === 'undefined') return;
  const target = liveRegion();
  target.textContent = '';
  setTimeout(() => {
    target.textContent = message;
  }, 100);
}
