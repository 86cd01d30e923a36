// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReadAloud, ReadAloudProvider } from '.';
import { DemoSpeech } from './demo-speech';

describe('ReadAloud on a server with no DOM', () => {
  it('renders its button disabled, since only the browser knows whether it can speak', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <ReadAloudProvider speech={new DemoSpeech()}>
        <ReadAloud lang="zh-CN">
          <p>您好。</p>
        </ReadAloud>
      </ReadAloudProvider>,
    );
    expect(html).toMatch(/<button(?=[^>]*disabled="")[^>]*>.*Listen/);
    expect(html).not.toContain('aria-pressed');
    expect(html).toContain('lang="zh-CN"');
    expect(html).toContain('<p>您好。</p>');
  });

  it('renders without a provider too', () => {
    const html = renderToString(<ReadAloud lang="en">Hello.</ReadAloud>);
    expect(html).toMatch(/<button(?=[^>]*disabled="")[^>]*>/);
  });
});
