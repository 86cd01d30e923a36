import { themeAttributes } from '@elder-ui/tokens/contract';
import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { ThemeProvider } from '../theme';
import { ModeSwitch } from './ModeSwitch';
import * as stories from './ModeSwitch.stories';

const html = document.documentElement;
const { ElderModeOnly, DisplaySettings } = composeStories(stories);

describe('ModeSwitch', () => {
  it('is a switch named "Elder mode", described in words, off at first', () => {
    render(<ElderModeOnly />);
    const toggle = screen.getByRole('switch', { name: 'Elder mode' });
    expect(toggle).toHaveAccessibleDescription(/Larger text, bigger buttons/);
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveTextContent('Off');
  });

  it('turns elder mode on and off from the keyboard, and tells the app', async () => {
    const onThemeChange = vi.fn();
    render(
      <ThemeProvider onThemeChange={onThemeChange}>
        <ModeSwitch />
      </ThemeProvider>,
    );
    await userEvent.tab();
    const toggle = screen.getByRole('switch');
    expect(toggle).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(toggle).toBeChecked();
    expect(toggle).toHaveTextContent('On');
    expect(html).toHaveAttribute(themeAttributes.mode, 'elder');
    expect(onThemeChange).toHaveBeenLastCalledWith(expect.objectContaining({ mode: 'elder' }));
    await userEvent.keyboard('{Enter}');
    expect(html).toHaveAttribute(themeAttributes.mode, 'standard');
  });

  it('turns on when its label is clicked', async () => {
    render(<ElderModeOnly />);
    await userEvent.click(screen.getByText('Elder mode'));
    expect(screen.getByRole('switch')).toBeChecked();
  });

  it('offers colour scheme and contrast as radio groups', async () => {
    render(<DisplaySettings />);
    const colours = screen.getByRole('radiogroup', { name: 'Colours' });
    // The story starts from the toolbar's light scheme and standard contrast.
    expect(within(colours).getByRole('radio', { name: 'Light' })).toBeChecked();
    await userEvent.click(within(colours).getByText('Dark'));
    expect(within(colours).getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(html).toHaveAttribute(themeAttributes.scheme, 'dark');

    const contrast = screen.getByRole('radiogroup', { name: 'Contrast' });
    within(contrast).getByRole('radio', { name: 'High' }).focus();
    await userEvent.keyboard(' ');
    expect(html).toHaveAttribute(themeAttributes.contrast, 'high');
  });

  it('starts from "Same as device" when the app chose nothing', () => {
    render(
      <ThemeProvider storage={null}>
        <ModeSwitch axes={['mode', 'scheme', 'contrast']} />
      </ThemeProvider>,
    );
    const colours = screen.getByRole('radiogroup', { name: 'Colours' });
    expect(within(colours).getByRole('radio', { name: 'Same as device' })).toBeChecked();
    const contrast = screen.getByRole('radiogroup', { name: 'Contrast' });
    expect(within(contrast).getByRole('radio', { name: 'Same as device' })).toBeChecked();
  });

  it.each([
    ['zh-CN', '长辈模式', '已关闭'],
    ['zh-TW', '長輩模式', '已關閉'],
    ['id', 'Mode lansia', 'Nonaktif'],
  ])('speaks %s', (locale, name, off) => {
    const { ElderModeOnly: InLocale } = composeStories(stories, { initialGlobals: { locale } });
    render(<InLocale />);
    expect(screen.getByRole('switch', { name })).toHaveTextContent(off);
  });

  it('has no axe violations, off and on, with every axis', async () => {
    render(<DisplaySettings />);
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(screen.getByRole('switch'));
    expect(await axeViolations()).toEqual([]);
  });
});
