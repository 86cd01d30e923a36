/**
 * Functions that run inside the audited page (passed to Playwright's `page.evaluate`). Each is
 * self-contained: Playwright sends its source text, so it may not use anything from this module.
 */

/** An element a page check reports. */
export interface PageNode {
  selector: string;
  html: string;
  summary: string;
}

/** What {@link installHelpers} puts on `window`. */
export interface AuditWindow {
  __euiAudit: { cssPath: (el: Element) => string };
}

/** Installs the helpers the other page functions share (a unique CSS path for an element). */
export function installHelpers(): void {
  const cssPath = (el: Element): string => {
    const parts: string[] = [];
    let node: Element | null = el;
    while (node && node !== document.documentElement) {
      if (node.id && document.querySelectorAll(`#${CSS.escape(node.id)}`).length === 1) {
        parts.unshift(`#${CSS.escape(node.id)}`);
        break;
      }
      const parent: Element | null = node.parentElement;
      const tag = node.localName;
      if (!parent) {
        parts.unshift(tag);
        break;
      }
      const same = Array.from(parent.children).filter((child) => child.localName === tag);
      parts.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(node) + 1})` : tag);
      node = parent;
    }
    return parts.join(' > ');
  };
  (window as unknown as AuditWindow).__euiAudit = { cssPath };
}

/** Marks the elements that clip their text now, so a later call reports only new clipping. */
export function findClipping(args: { mark: boolean }): PageNode[] {
  const cssPath = (window as unknown as AuditWindow).__euiAudit.cssPath;
  const ownsText = (el: Element) => (el.textContent ?? '').trim().length > 0;
  const found: PageNode[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (!(el instanceof HTMLElement) || !ownsText(el)) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const rect = el.getBoundingClientRect();
    // Visually hidden text (1 px boxes, clip) is meant to be unseen.
    if (rect.width <= 2 || rect.height <= 2) continue;
    const hiddenX = ['hidden', 'clip'].includes(style.overflowX);
    const hiddenY = ['hidden', 'clip'].includes(style.overflowY);
    const clipsX = hiddenX && el.scrollWidth > el.clientWidth + 1;
    const clipsY = hiddenY && el.scrollHeight > el.clientHeight + 1;
    const ellipsis = style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1;
    if (!clipsX && !clipsY && !ellipsis) continue;
    if (args.mark) {
      el.setAttribute('data-eui-audit-clipped', '');
      continue;
    }
    if (el.hasAttribute('data-eui-audit-clipped')) continue;
    // Report the innermost clipping box only.
    if (el.querySelector('[data-eui-audit-newclip]')) continue;
    el.setAttribute('data-eui-audit-newclip', '');
    const how = clipsY
      ? `its content is ${el.scrollHeight - el.clientHeight}px taller than its box (${Math.round(rect.height)}px high, overflow ${style.overflowY})`
      : `its content is ${el.scrollWidth - el.clientWidth}px wider than its box (${ellipsis ? 'text-overflow: ellipsis' : `overflow ${style.overflowX}`})`;
    found.push({ selector: cssPath(el), html: el.outerHTML.slice(0, 600), summary: `Text is cut off: ${how}.` });
  }
  for (const el of Array.from(document.querySelectorAll('[data-eui-audit-newclip]'))) el.removeAttribute('data-eui-audit-newclip');
  return found.slice(0, 20);
}

/**
 * Text-only zoom, as the browser's text-size setting or Firefox's "zoom text only" does: every
 * element gets `factor` times its computed font size (and its line height, when that is a length).
 */
export function scaleText(factor: number): void {
  const elements = Array.from(document.querySelectorAll<HTMLElement | SVGElement>('body, body *'));
  const sizes = elements.map((el) => {
    const style = getComputedStyle(el);
    return { el, fontSize: parseFloat(style.fontSize), lineHeight: style.lineHeight.endsWith('px') ? parseFloat(style.lineHeight) : null };
  });
  // Kept so resetPage can put the page back.
  (window as unknown as { __euiAuditScaled?: { el: HTMLElement | SVGElement; style: string | null }[] }).__euiAuditScaled = elements.map((el) => ({
    el,
    style: el.getAttribute('style'),
  }));
  for (const { el, fontSize, lineHeight } of sizes) {
    if (!Number.isFinite(fontSize)) continue;
    el.style.setProperty('font-size', `${fontSize * factor}px`, 'important');
    if (lineHeight !== null && Number.isFinite(lineHeight)) el.style.setProperty('line-height', `${lineHeight * factor}px`, 'important');
  }
}

/** The WCAG 1.4.12 text-spacing overrides (line 1.5, paragraph 2, letter 0.12, word 0.16 em). */
export const textSpacingCss = `*, *::before, *::after {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }`;

/** Elements that stick out of a narrow viewport and make the page scroll sideways. */
export function findReflow(): { scrollWidth: number; width: number; nodes: (PageNode & { twoDimensional: boolean })[] } {
  const cssPath = (window as unknown as AuditWindow).__euiAudit.cssPath;
  const width = document.documentElement.clientWidth;
  const scrollWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
  const nodes: (PageNode & { twoDimensional: boolean })[] = [];
  if (scrollWidth <= width + 1) return { scrollWidth, width, nodes };
  const sticksOut = (el: Element) => {
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && (rect.right > width + 1 + window.scrollX || rect.left < -1 - window.scrollX);
  };
  const scrollsItself = (el: Element) => {
    const style = getComputedStyle(el);
    return ['auto', 'scroll'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowX);
  };
  const twoD = 'table, pre, code, img, video, canvas, svg, map, iframe, [role="grid"], [role="img"]';
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      const style = getComputedStyle(child);
      if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed') continue;
      if (sticksOut(child)) {
        // Report the outermost element that sticks out; its children follow it.
        nodes.push({
          selector: cssPath(child),
          html: child.outerHTML.slice(0, 600),
          summary: `At ${width} CSS px wide, this element reaches ${Math.round(child.getBoundingClientRect().right)}px, so the page scrolls sideways (${scrollWidth}px wide).`,
          twoDimensional: child.matches(twoD) || child.closest(twoD) !== null,
        });
        if (nodes.length >= 10) return;
        continue;
      }
      if (!scrollsItself(child)) walk(child);
      if (nodes.length >= 10) return;
    }
  };
  walk(document.body);
  return { scrollWidth, width, nodes };
}

/** Interactive controls that draw a boundary, and whether they still do (read under forced colours). */
export function findBoundaries(args: { phase: 'before' | 'after' }): PageNode[] {
  const cssPath = (window as unknown as AuditWindow).__euiAudit.cssPath;
  const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
  const hasBorder = (style: CSSStyleDeclaration) =>
    (['Top', 'Right', 'Bottom', 'Left'] as const).some((side) => {
      const w = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
      const s = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
      const c = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
      return w > 0 && s !== 'none' && s !== 'hidden' && !transparent(c);
    }) ||
    (parseFloat(style.outlineWidth) > 0 && style.outlineStyle !== 'none' && !transparent(style.outlineColor));
  const backgroundOf = (el: Element | null): string => {
    for (let node = el; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      if (!transparent(bg)) return bg;
    }
    return 'rgb(255, 255, 255)';
  };
  const controls = Array.from(
    document.body.querySelectorAll<HTMLElement>(
      'button, input:not([type="hidden"]), select, textarea, [role="button"], [role="checkbox"], [role="radio"], [role="switch"], [role="slider"], [role="combobox"], [role="textbox"], [role="spinbutton"]',
    ),
  );
  const found: PageNode[] = [];
  for (const el of controls) {
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if (style.display === 'none' || style.visibility === 'hidden' || rect.width < 4 || rect.height < 4) continue;
    if (el.closest('[aria-hidden="true"], [inert]') || (el as HTMLButtonElement).disabled) continue;
    if (args.phase === 'before') {
      const filled = !transparent(style.backgroundColor) && style.backgroundColor !== backgroundOf(el.parentElement);
      if (hasBorder(style) || filled) el.setAttribute('data-eui-audit-boundary', '');
      continue;
    }
    if (!el.hasAttribute('data-eui-audit-boundary')) continue;
    // Native controls are drawn by the browser in system colours; `forced-color-adjust: none` keeps the author's colours.
    // (Buttons and text fields keep `appearance: auto` when styled but lose the native drawing, so only these count.)
    if (style.appearance !== 'none' && el.matches('input[type="checkbox"], input[type="radio"], input[type="range"], input[type="color"], select')) continue;
    if (style.forcedColorAdjust === 'none' || hasBorder(style)) continue;
    found.push({
      selector: cssPath(el),
      html: el.outerHTML.slice(0, 600),
      summary: 'Under forced colours this control has no border or outline: its boundary was drawn by a background colour or shadow only, which the browser removes.',
    });
  }
  return found.slice(0, 20);
}

/** Marks the elements Tab should reach and returns how many there are. */
export function markTabbables(): number {
  const selector =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]';
  for (const old of Array.from(document.querySelectorAll('[data-eui-audit-tab]'))) old.removeAttribute('data-eui-audit-tab');
  let count = 0;
  const radioGroups = new Set<string>();
  for (const el of Array.from(document.body.querySelectorAll<HTMLElement>(selector))) {
    if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) continue;
    if (el.closest('[aria-hidden="true"], [inert], [hidden]')) continue;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if (style.visibility === 'hidden' || style.display === 'none' || (rect.width === 0 && rect.height === 0 && !el.getClientRects().length)) continue;
    if (!el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) continue;
    // In a native radio group, Tab reaches one radio and the arrow keys the rest.
    if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
      const key = `${el.form ? 'form' : 'doc'}:${el.name}`;
      el.setAttribute('data-eui-audit-group', key);
      if (radioGroups.has(key)) continue;
      radioGroups.add(key);
    }
    el.setAttribute('data-eui-audit-tab', String(count++));
  }
  return count;
}

/** Puts the focus navigation starting point at the top of the page, with nothing focused. */
export function resetFocus(): void {
  const start = document.createElement('div');
  start.tabIndex = -1;
  start.setAttribute('data-eui-audit-start', '');
  document.body.prepend(start);
  start.focus({ preventScroll: true });
}

/** What has the focus now. */
export function describeFocus(): {
  id: string | null;
  tab: string | null;
  /** Tab stops around the focused element: a container (a Radix roving-focus group) that passed its focus on. */
  within: string[];
  group: string | null;
  kind: 'element' | 'body' | 'frame';
  selector: string;
  html: string;
  rect: { x: number; y: number; width: number; height: number } | null;
  outline: string;
  outlineVisible: boolean;
} {
  document.querySelector('[data-eui-audit-start]')?.remove();
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) {
    return { id: null, tab: null, within: [], group: null, kind: 'body', selector: 'body', html: '', rect: null, outline: '', outlineVisible: false };
  }
  const cssPath = (window as unknown as AuditWindow).__euiAudit.cssPath;
  const style = getComputedStyle(el);
  const outline = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset}`;
  const outlineVisible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 && !/rgba\(.*,\s*0\)$|transparent/.test(style.outlineColor);
  if (!el.hasAttribute('data-eui-audit-id')) el.setAttribute('data-eui-audit-id', String(document.querySelectorAll('[data-eui-audit-id]').length));
  const within: string[] = [];
  for (let node = el.parentElement; node; node = node.parentElement) {
    const tab = node.getAttribute('data-eui-audit-tab');
    if (tab) within.push(tab);
  }
  // The focus indicator may be drawn on the element's label (a visually hidden checkbox or radio
  // inside a drawn box): the region compared covers the element and its labels.
  const boxes = [el.getBoundingClientRect(), ...Array.from((el as HTMLInputElement).labels ?? []).map((label) => label.getBoundingClientRect())].filter(
    (b) => b.width > 0 && b.height > 0,
  );
  const own = el.getBoundingClientRect();
  const left = Math.min(own.left, ...boxes.map((b) => b.left));
  const top = Math.min(own.top, ...boxes.map((b) => b.top));
  const right = Math.max(own.right, ...boxes.map((b) => b.right));
  const bottom = Math.max(own.bottom, ...boxes.map((b) => b.bottom));
  const r = { x: left, y: top, width: right - left, height: bottom - top };
  return {
    id: el.getAttribute('data-eui-audit-id'),
    tab: el.getAttribute('data-eui-audit-tab'),
    within,
    group: el.getAttribute('data-eui-audit-group'),
    kind: el.localName === 'iframe' ? 'frame' : 'element',
    selector: cssPath(el),
    html: el.outerHTML.slice(0, 600),
    rect: { x: r.x, y: r.y, width: r.width, height: r.height },
    outline,
    outlineVisible,
  };
}

/** The elements Tab should have reached but did not. */
export function unreached(args: { reached: string[]; groups: string[] }): PageNode[] {
  const cssPath = (window as unknown as AuditWindow).__euiAudit.cssPath;
  const reached = new Set(args.reached);
  const groups = new Set(args.groups);
  return Array.from(document.querySelectorAll('[data-eui-audit-tab]'))
    .filter((el) => !reached.has(el.getAttribute('data-eui-audit-tab')!) && !groups.has(el.getAttribute('data-eui-audit-group') ?? '\u0000'))
    .filter((el) => el.isConnected)
    .slice(0, 20)
    .map((el) => ({ selector: cssPath(el), html: el.outerHTML.slice(0, 600), summary: 'Pressing Tab never reached this element.' }));
}

/** The box of an element found by selector, scrolled into view, or null. */
export function boxOf(selector: string): { x: number; y: number; width: number; height: number } | null {
  let el: Element | null = null;
  try {
    el = document.querySelector(selector);
  } catch {
    return null;
  }
  if (!el) return null;
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return null;
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

/** What {@link markScopes} reads: the theme attributes' names, and what stands in for those `<html>` lacks. */
export interface ScopeArgs {
  /** The mode and contrast attribute names (`themeAttributes` of `@elder-ui/tokens`). */
  attributes: { mode: string; contrast: string };
  /** The mode and contrast a page without them on `<html>` is audited in (its theme, or none). */
  fallback: { mode: string | null; contrast: string | null };
  /** `--elder`: `auto` reads the mode attributes, `on` judges everything as elder, `off` nothing. */
  elder: 'auto' | 'on' | 'off';
  /** `--elder-scope`: with `on`, only the elements it matches (and what is inside them) are elder. */
  scope: string | null;
}

/**
 * Marks each theme scope (`<html>` and every element with a mode or contrast attribute) by what
 * it is judged as: elder mode (the elder rules apply) and elder or high contrast (AAA contrast
 * applies). With `elder: 'auto'` the nearest attributes decide: a standard-mode scope nested
 * inside an elder page is judged as standard, and the other way round, and `fallback` stands in
 * for attributes `<html>` does not have. With `on` every element is elder, or, with a `scope`,
 * every element the selector matches; with `off` none is (high contrast still asks for AAA).
 */
export function markScopes({ attributes, fallback, elder: setting, scope }: ScopeArgs): {
  elder: boolean;
  enhanced: boolean;
  scopeMatches: number;
  scopeError?: string;
} {
  const html = document.documentElement;
  const nearest = (el: Element, name: string, otherwise: string | null) =>
    el.closest(`[${name}]`)?.getAttribute(name) ?? (html.hasAttribute(name) ? null : otherwise);
  let scoped: Element[] = [];
  if (scope !== null) {
    try {
      scoped = Array.from(document.querySelectorAll(scope));
    } catch {
      return { elder: false, enhanced: false, scopeMatches: 0, scopeError: `--elder-scope "${scope}" is not a valid CSS selector.` };
    }
  }
  const roots = [html, ...Array.from(document.body.querySelectorAll(`[${attributes.mode}], [${attributes.contrast}]`)), ...scoped];
  let elder = false;
  let enhanced = false;
  for (const el of roots) {
    const highContrast = nearest(el, attributes.contrast, fallback.contrast) === 'high';
    const isElder =
      setting === 'off' ? false : setting === 'on' ? (scope === null ? true : scoped.some((s) => s.contains(el))) : nearest(el, attributes.mode, fallback.mode) === 'elder';
    const isEnhanced = isElder || highContrast;
    el.setAttribute('data-eui-audit-elder', isElder ? '1' : '0');
    el.setAttribute('data-eui-audit-aaa', isEnhanced ? '1' : '0');
    elder ||= isElder;
    enhanced ||= isEnhanced;
  }
  return { elder, enhanced, scopeMatches: scoped.length };
}

/** Blurs the focused element, reads its outline, and focuses it again. */
export function outlineWhenBlurred(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return '';
  el.blur();
  const style = getComputedStyle(el);
  const outline = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset}`;
  el.focus({ preventScroll: true });
  return outline;
}

/** Undoes what the checks did to a page (text scaling, marks, focus) before it is audited again. */
export function resetPage(): void {
  const scaled = (window as unknown as { __euiAuditScaled?: { el: Element; style: string | null }[] }).__euiAuditScaled ?? [];
  for (const { el, style } of scaled) {
    if (!el.isConnected) continue;
    if (style === null) el.removeAttribute('style');
    else el.setAttribute('style', style);
  }
  (window as unknown as { __euiAuditScaled?: unknown }).__euiAuditScaled = undefined;
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const name of el.getAttributeNames()) if (name.startsWith('data-eui-audit-')) el.removeAttribute(name);
  }
  document.querySelector('[data-eui-audit-start]')?.remove();
  (document.activeElement as HTMLElement | null)?.blur?.();
}

/**
 * The checks the Storybook story on show switches off in its own `parameters.a11y`, read the way
 * the Storybook a11y addon reads them: `options.rules` (`{ id: { enabled: false } }`) and
 * `config.rules` (`[{ id, enabled: false }]`). Empty outside Storybook, and for parameters of any
 * other shape.
 */
export function storySwitches(): string[] {
  type Preview = { currentRender?: { story?: { parameters?: { a11y?: unknown } } } };
  const a11y = (window as unknown as { __STORYBOOK_PREVIEW__?: Preview }).__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.a11y;
  const off = new Set<string>();
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
  if (!isObject(a11y)) return [];
  const options = isObject(a11y.options) ? a11y.options : {};
  const config = isObject(a11y.config) ? a11y.config : {};
  if (isObject(options.rules)) {
    for (const [id, rule] of Object.entries(options.rules)) if (isObject(rule) && rule.enabled === false) off.add(id);
  }
  if (Array.isArray(config.rules)) {
    for (const rule of config.rules) if (isObject(rule) && typeof rule.id === 'string' && rule.enabled === false) off.add(rule.id);
  }
  return [...off].sort();
}
