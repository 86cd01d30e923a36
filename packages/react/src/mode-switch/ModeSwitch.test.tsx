import { textSizeAttribute, themeAttributes } from '@elder-ui/tokens/contract';
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

/** The words shown with the switch, inside its row (the hit area). */
const wordsBy = (toggle: HTMLElement) => within(toggle.closest('label')!);

describe('ModeSwitch', () => {
  it('is a switch named "Elder mode", described in words, off at first', () => {
    render(<ElderModeOnly />);
    const toggle = screen.getByRole('switch', { name: 'Elder mode' });
    expect(toggle).toHaveAccessibleDescription(/Larger text, bigger buttons/);
    expect(toggle).not.toBeChecked();
    expect(wordsBy(toggle).getByText('Off')).toBeInTheDocument();
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
    expect(wordsBy(toggle).getByText('On')).toBeInTheDocument();
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
    expect(wordsBy(screen.getByRole('switch', { name })).getByText(off)).toBeInTheDocument();
  });

  it('has no axe violations, off and on, with every axis', async () => {
    render(<DisplaySettings />);
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(screen.getByRole('switch'));
    expect(await axeViolations()).toEqual([]);
  });
});

describe('ModeSwitch text size', () => {
  const steps = ['Standard (100%)', '115%', '130%', '150%', '175%', '200%'];

  it('offers the six steps as radios named in words, right after the elder-mode switch', () => {
    render(<DisplaySettings />);
    const sizes = screen.getByRole('radiogroup', { name: 'Text size' });
    expect(sizes).toHaveAccessibleDescription(/all the words larger/);
    // The "Aa" samples are pictures for the eyes, not part of the names.
    expect(within(sizes).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['100', '115', '130', '150', '175', '200']);
    for (const name of steps) expect(within(sizes).getByRole('radio', { name })).toBeInTheDocument();
    expect(within(sizes).getByRole('radio', { name: 'Standard (100%)' })).toBeChecked();
    expect(screen.getAllByRole('radiogroup')[0]).toBe(sizes);
  });

  it('applies, stores and reports a step, from the pointer and the arrow keys', async () => {
    const onThemeChange = vi.fn();
    render(
      <ThemeProvider onThemeChange={onThemeChange}>
        <ModeSwitch axes={['mode', 'textSize']} />
      </ThemeProvider>,
    );
    const sizes = screen.getByRole('radiogroup', { name: 'Text size' });
    await userEvent.click(within(sizes).getByText('150%'));
    expect(within(sizes).getByRole('radio', { name: '150%' })).toBeChecked();
    expect(html).toHaveAttribute(textSizeAttribute, '150');
    expect(JSON.parse(localStorage.getItem('eui-theme')!)).toEqual({ textSize: 150 });
    expect(onThemeChange).toHaveBeenLastCalledWith({ mode: 'standard', scheme: 'system', contrast: 'system', textSize: 150 });
    await userEvent.keyboard('{ArrowRight}');
    expect(within(sizes).getByRole('radio', { name: '175%' })).toBeChecked();
    expect(html).toHaveAttribute(textSizeAttribute, '175');
  });

  it('shows a controlled text size and leaves the change to the owner', async () => {
    const onThemeChange = vi.fn();
    render(
      <ThemeProvider textSize={130} onThemeChange={onThemeChange}>
        <ModeSwitch axes={['textSize']} />
      </ThemeProvider>,
    );
    expect(screen.getByRole('radio', { name: '130%' })).toBeChecked();
    await userEvent.click(screen.getByText('200%'));
    expect(onThemeChange).toHaveBeenLastCalledWith(expect.objectContaining({ textSize: 200 }));
    expect(screen.getByRole('radio', { name: '130%' })).toBeChecked();
    expect(html).toHaveAttribute(textSizeAttribute, '130');
  });

  it.each([
    ['zh-CN', '字体大小', '标准（100%）', 'Aa字'],
    ['zh-TW', '字體大小', '標準（100%）', 'Aa字'],
    ['id', 'Ukuran teks', 'Standar (100%)', 'Aa'],
  ])('speaks %s', (locale, name, standard, sample) => {
    const { DisplaySettings: InLocale } = composeStories(stories, { initialGlobals: { locale } });
    render(<InLocale />);
    const sizes = screen.getByRole('radiogroup', { name });
    expect(within(sizes).getByRole('radio', { name: standard })).toBeChecked();
    expect(within(sizes).getAllByText(sample)).toHaveLength(6);
  });
});
