import { checkIconData, minusIconData } from '@elder-ui/icons';
import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { RadioGroup, RadioGroupItem } from '../radio-group';
import { Switch } from '../switch';
import { ThemeScope } from '../theme';
import { Checkbox, CheckboxGroup } from './Checkbox';
import * as stories from './Checkbox.stories';

const { LongText } = composeStories(stories);

const measured: string[] = [];
afterAll(() => console.info(`Measured Checkbox hit areas (w × h, text):\n${measured.join('\n')}`));

function renderIn(theme: ResolvedTheme) {
  render(
    <ThemeScope {...theme} data-testid="scope" style={{ padding: '1rem' }}>
      <CheckboxGroup label="Tell me by" hint="Choose all that apply" orientation="horizontal">
        <Checkbox value="sms" label="SMS" />
        <Checkbox value="call" label="Call" hint="Weekdays" />
      </CheckboxGroup>
      <Checkbox label="Yes" error="Tick the box" />
    </ThemeScope>,
  );
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('Checkbox in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`has a hit area (the whole label) of at least ${elder ? 48 : 44} px square, and readable text`, () => {
    renderIn(theme);
    for (const box of screen.getAllByRole('checkbox')) {
      const label = box.closest('label')!;
      const rect = label.getBoundingClientRect();
      const fontSize = px(getComputedStyle(label).fontSize);
      measured.push(`${name} ${label.textContent}: ${rect.width.toFixed(1)} × ${rect.height.toFixed(1)}, ${fontSize}px`);
      expect(rect.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
      expect(rect.width).toBeGreaterThanOrEqual(elder ? 48 : 44);
      expect(fontSize).toBeGreaterThanOrEqual(elder ? 20 : 16);
    }
    expect(px(getComputedStyle(screen.getByText('Weekdays')).fontSize)).toBeGreaterThanOrEqual(elder ? 18 : 14);
    expect(px(getComputedStyle(screen.getByText('Tell me by')).fontSize)).toBeGreaterThanOrEqual(elder ? 22 : 16);
  });

  it('keeps adjacent options at least the target gap apart', () => {
    renderIn(theme);
    const [first, second] = screen.getAllByRole('checkbox').map((box) => box.closest('label')!.getBoundingClientRect());
    expect(second!.left - first!.right).toBeGreaterThanOrEqual(elder ? 12 : 8);
  });

  it('draws the box border and the check mark with enough contrast', async () => {
    renderIn(theme);
    const box = screen.getByRole('checkbox', { name: 'SMS' });
    const behind = backgroundBehind(screen.getByTestId('scope'));
    expect(contrastRatio(getComputedStyle(box).borderTopColor, behind)).toBeGreaterThanOrEqual(minimumContrast('non-text', theme));
    await userEvent.click(screen.getByText('SMS'));
    expect(box).toBeChecked();
    const checked = getComputedStyle(box);
    expect(contrastRatio(checked.backgroundColor, behind)).toBeGreaterThanOrEqual(minimumContrast('non-text', theme));
    expect(contrastRatio(checked.color, checked.backgroundColor)).toBeGreaterThanOrEqual(minimumContrast('non-text', theme));
  });

  it('shows a check mark when checked and a dash when partly checked: the kit\'s icons, not colour alone', async () => {
    renderIn(theme);
    render(
      <ThemeScope {...theme}>
        <Checkbox label="All accounts" checked="indeterminate" />
      </ThemeScope>,
    );
    const box = screen.getByRole('checkbox', { name: 'SMS' });
    const mark = getComputedStyle(box, '::before');
    expect(mark.visibility).toBe('hidden');
    await userEvent.click(screen.getByText('SMS'));
    expect(mark.visibility).toBe('visible');
    expect(mark.maskImage).toContain(checkIconData[theme.mode].paths[0]!.d);
    expect(px(mark.width)).toBeGreaterThanOrEqual(px(getComputedStyle(box).fontSize));
    const dash = getComputedStyle(screen.getByRole('checkbox', { name: 'All accounts' }), '::before');
    expect(dash.visibility).toBe('visible');
    expect(dash.maskImage).toContain(minusIconData[theme.mode].paths[0]!.d);
  });

  it('rings the whole label on keyboard focus', async () => {
    renderIn(theme);
    await userEvent.keyboard('{Tab}');
    const label = screen.getByRole('checkbox', { name: 'SMS' }).closest('label')!;
    const style = getComputedStyle(label);
    expect(style.outlineStyle).toBe('solid');
    expect(px(style.outlineWidth)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(style.outlineColor, backgroundBehind(screen.getByTestId('scope')))).toBeGreaterThanOrEqual(
      minimumContrast('focus', theme),
    );
  });
});

describe('a checkbox with a long label', () => {
  it('wraps beside the box and is ticked by a click on its last line', async () => {
    render(
      <ThemeScope mode="elder">
        <LongText />
      </ThemeScope>,
    );
    const label = screen.getByRole('checkbox').closest('label')!;
    expect(label.scrollWidth).toBeLessThanOrEqual(label.clientWidth);
    const rect = label.getBoundingClientRect();
    expect(rect.height).toBeGreaterThan(100);
    await userEvent.click(label, { position: { x: rect.width - 20, y: rect.height - 15 } });
    expect(screen.getByRole('checkbox')).toBeChecked();
  });
});

describe('the choice controls in a real form, in Chromium', () => {
  it('send every choice with the form, and a reset brings back the first ones', async () => {
    let sent: [string, FormDataEntryValue][] = [];
    const changed = vi.fn();
    render(
      <form
        aria-label="Payment settings"
        onSubmit={(event) => {
          event.preventDefault();
          sent = [...new FormData(event.currentTarget)];
        }}
      >
        <Checkbox label="I agree" name="agree" onCheckedChange={(checked) => changed('agree', checked)} />
        <CheckboxGroup label="Tell me by" name="notify" defaultValue={['sms']} onValueChange={(value) => changed('notify', value)}>
          <Checkbox value="sms" label="SMS" />
          <Checkbox value="call" label="Call" />
        </CheckboxGroup>
        <RadioGroup label="Speed" name="speed" defaultValue="now" onValueChange={(value) => changed('speed', value)}>
          <RadioGroupItem value="now" label="Now" />
          <RadioGroupItem value="later" label="Later" />
        </RadioGroup>
        <Switch label="Alerts" name="alerts" defaultChecked onCheckedChange={(checked) => changed('alerts', checked)} />
        <button type="submit">Send</button>
        <button type="reset">Start again</button>
      </form>,
    );
    const first = [
      ['notify', 'sms'],
      ['speed', 'now'],
      ['alerts', 'on'],
    ];
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(sent).toEqual(first);

    for (const words of ['I agree', 'Call', 'SMS', 'Later', 'Alerts']) await userEvent.click(screen.getByText(words));
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(sent).toEqual([
      ['agree', 'on'],
      ['notify', 'call'],
      ['speed', 'later'],
    ]);

    changed.mockClear();
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(sent).toEqual(first);
    // The state each control holds came back with its input, and the app heard of it.
    await expect.poll(() => changed.mock.calls.length).toBe(4);
    expect(Object.fromEntries(changed.mock.calls)).toEqual({ agree: false, notify: ['sms'], speed: 'now', alerts: true });
    expect(within(screen.getByRole('switch').closest('label')!).getByText('On')).toBeVisible();
  });
});
