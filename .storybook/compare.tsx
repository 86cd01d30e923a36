import { ThemeScope } from '@elder-ui/react';
import { modes, vars, type Mode } from '@elder-ui/tokens';
import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * Marks an element that shows the stories inside it in one mode (`data-eui-compare="elder"`).
 * The docs page's "Standard | Elder" comparison wraps each of its two stories in one; stories
 * render into their own React root there, so the decorator finds the mode from the DOM.
 */
export const compareAttribute = 'data-eui-compare';

/** The mode the story rendering into `canvasElement` is asked to show, or `null` outside a comparison pane. */
export function paneModeOf(canvasElement: unknown): Mode | null {
  if (typeof Element === 'undefined' || !(canvasElement instanceof Element)) return null;
  const value = canvasElement.closest(`[${compareAttribute}]`)?.getAttribute(compareAttribute);
  return modes.find((mode) => mode === value) ?? null;
}

export const modeLabel: Record<Mode, string> = { standard: 'Standard', elder: 'Elder' };

/** Appended to every id and input name in a copy, so nothing on the page is duplicated. */
export const copySuffix = '--compare-copy';

function renameCopy(root: Element) {
  for (const element of root.querySelectorAll('[id]')) {
    if (!element.id.endsWith(copySuffix)) element.id += copySuffix;
  }
  // Radios group by name across the document: a copy sharing the name would take the live one's check.
  for (const element of root.querySelectorAll<HTMLInputElement>('input[name]')) {
    if (!element.name.endsWith(copySuffix)) element.name += copySuffix;
  }
}

const paneStyle = (mode: Mode): CSSProperties => ({
  order: modes.indexOf(mode),
  padding: vars.space.lg,
  minWidth: 0,
});
const captionStyle: CSSProperties = { margin: `0 0 ${vars.space.md}`, fontWeight: vars.fontWeight.bold };

/**
 * The other mode's copy of the story: a picture to compare against, not a second story. It
 * cannot be focused or clicked and assistive technology skips it (`inert`, `aria-hidden`), so
 * axe sees one of each landmark; every id and input name in it gets {@link copySuffix}, so the
 * page holds one of each id. The copy first renders into a detached element, where it is renamed
 * before it joins the page, so even at mount it never shares an id or a radio group with the live
 * story.
 */
function CopyPane({ mode, children }: { mode: Mode; children: ReactNode }) {
  const host = useRef<HTMLDivElement>(null);
  const [container] = useState(() => document.createElement('div'));
  useLayoutEffect(() => {
    renameCopy(container);
    host.current?.append(container);
    const observer = new MutationObserver(() => renameCopy(container));
    observer.observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ['id', 'name'] });
    return () => {
      observer.disconnect();
      container.remove();
    };
  }, [container]);
  return (
    <div ref={host} inert aria-hidden="true" style={paneStyle(mode)} data-eui-compare-copy={mode}>
      <p style={captionStyle}>{modeLabel[mode]} (a picture: choose {modeLabel[mode]} in the Mode menu to use it)</p>
      {createPortal(<ThemeScope mode={mode}>{children}</ThemeScope>, container)}
    </div>
  );
}

/** Props of {@link ComparePanes}. */
export interface ComparePanesProps {
  /** The mode whose pane is the live story: the toolbar's, so axe's rules for that mode apply to it. */
  live: Mode;
  /** Renders the story; called once per pane. */
  render: () => ReactNode;
}

/**
 * A story in standard and elder mode side by side, always standard on the left. The pane in
 * the toolbar's mode is the story itself; the other is a look-only copy (see {@link CopyPane}).
 * Overlays a story opens by itself (a dialog open from the start) open from both panes and cover
 * the page: compare those with the Mode menu instead.
 */
export function ComparePanes({ live, render }: ComparePanesProps) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(20rem, 100%), 1fr))', gap: vars.space.lg }}>
      {/* The live pane comes first in the DOM, so it is what focus order and getElementById reach. */}
      <ThemeScope mode={live} style={paneStyle(live)} data-eui-compare-live={live}>
        <p style={captionStyle}>{modeLabel[live]}</p>
        {render()}
      </ThemeScope>
      {modes
        .filter((mode) => mode !== live)
        .map((mode) => (
          <CopyPane key={mode} mode={mode}>
            {render()}
          </CopyPane>
        ))}
    </div>
  );
}
