import { Button, ModeSwitch, ThemeProvider, ThemeScope } from '@elder-ui/react';
import { ThemeInitScript } from '@elder-ui/react/server';
import { textSizeAttribute } from '@elder-ui/tokens/contract';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../ssr/app';

// Markup is read by what the elements are, native or ARIA, not by which element draws them.
const openingTags = (html: string) => html.match(/<[a-z][^>]*>/g) ?? [];
const switches = (html: string) => openingTags(html).filter((tag) => tag.includes('role="switch"'));
const radios = (html: string) => openingTags(html).filter((tag) => /type="radio"|role="radio"/.test(tag));
/** On or chosen: `checked` on a native control, `aria-checked="true"` on any other. */
const isOn = (tag: string) => /aria-checked="true"|\schecked(=""|[\s/>])/.test(tag);

describe('rendering on a server with no DOM', () => {
  it('has no window, document or localStorage here', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    expect(typeof localStorage).toBe('undefined');
  });

  it('renders the provider, the switch and a Button', () => {
    const html = renderApp();
    // One switch, off.
    expect(switches(html).map(isOn)).toEqual([false]);
    expect(html).toContain('长辈模式');
    expect(html).toMatch(/<button[^>]*type="button"[^>]*>确认付款<\/button>/);
  });

  it('renders a themed scope with its attributes', () => {
    const html = renderToString(
      <ThemeProvider>
        <ThemeScope mode="elder" scheme="dark">
          <Button>Pay</Button>
        </ThemeScope>
      </ThemeProvider>,
    );
    expect(html).toContain('data-eui-mode="elder"');
    expect(html).toContain('data-eui-scheme="dark"');
    expect(html).toContain('data-eui-contrast="system"');
  });

  it('renders the init script with its nonce from the server-safe entry', () => {
    const html = renderToString(<ThemeInitScript nonce="abc123" />);
    expect(html).toMatch(/^<script nonce="abc123">/);
  });

  it('renders the whole display-settings panel: the switch and a radio group per axis', () => {
    const html = renderToString(
      <ThemeProvider>
        <ModeSwitch axes={['mode', 'scheme', 'contrast']} />
      </ThemeProvider>,
    );
    expect(switches(html).map(isOn)).toEqual([false]);
    expect(html.match(/role="radiogroup"/g)).toHaveLength(2);
    expect(radios(html)).toHaveLength(6);
    // Nothing is stored on a server: both axes start at "Same as device".
    expect(radios(html).filter(isOn)).toHaveLength(2);
  });

  it('renders the text-size steps at 100 %, and no text size of its own: <html> is the init script\'s', () => {
    const html = renderToString(
      <ThemeProvider>
        <ModeSwitch axes={['textSize']} />
      </ThemeProvider>,
    );
    expect(html.match(/role="radiogroup"/g)).toHaveLength(1);
    const steps = radios(html);
    expect(steps.map((tag) => /value="(\d+)"/.exec(tag)?.[1])).toEqual(['100', '115', '130', '150', '175', '200']);
    expect(steps.map(isOn)).toEqual([true, false, false, false, false, false]);
    expect(html).not.toContain(textSizeAttribute);
  });
});
