import { Button, ModeSwitch, ThemeProvider, ThemeScope } from '@elder-ui/react';
import { ThemeInitScript } from '@elder-ui/react/server';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../ssr/app';

describe('rendering on a server with no DOM', () => {
  it('has no window, document or localStorage here', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    expect(typeof localStorage).toBe('undefined');
  });

  it('renders the provider, the switch and a Button', () => {
    const html = renderApp();
    expect(html).toMatch(/<button[^>]*role="switch"[^>]*aria-checked="false"/);
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
    expect(html).toMatch(/<button[^>]*role="switch"[^>]*aria-checked="false"/);
    expect(html.match(/role="radiogroup"/g)).toHaveLength(2);
    expect(html.match(/role="radio"/g)).toHaveLength(6);
    // Nothing is stored on a server: both axes start at "Same as device".
    expect(html.match(/role="radio"[^>]*aria-checked="true"/g)).toHaveLength(2);
  });
});
