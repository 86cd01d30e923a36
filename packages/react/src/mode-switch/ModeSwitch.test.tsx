import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { LocaleProvider } from '../locale';
import { ThemeProvider } from '../theme';
import { ModeSwitch, type ModeSwitchProps } from './ModeSwitch';

const html = document.documentElement;

function renderSwitch(props: ModeSwitchProps = {}, locale = 'en') {
  const onThemeChange = vi.fn();
  render(
    <ThemeProvider onThemeChange={onThemeChange}>
      <LocaleProvider locale={locale}>
        <ModeSwitch {...props} />
      </LocaleProvider>
    </ThemeProvider>,
  );
  return { onThemeChange };
}

describe('ModeSwitch', () => {
  it('is a switch named "Elder mode", described in words, off at first', () => {
    renderSwitch();
    const toggle = screen.getByRole('switch', { name: 'Elder mode' });
    expect(toggle).toHaveAccessibleDescription(/Larger text, bigger buttons/);
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveTextContent('Off');
  });

  it('turns elder mode on and off from the keyboard', async () => {
    const { onThemeChange } = renderSwitch();
    await userEvent.tab();
    const toggle = screen.getByRole('switch');
    expect(toggle).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(toggle).toBeChecked();
    expect(toggle).toHaveTextContent('On');
    expect(html).toHaveAttribute('data-eui-mode', 'elder');
    expect(onThemeChange).toHaveBeenLastCalledWith(expect.objectContaining({ mode: 'elder' }));
    await userEvent.keyboard('{Enter}');
    expect(html).toHaveAttribute('data-eui-mode', 'standard');
  });

  it('turns on when its label is clicked', async () => {
    renderSwitch();
    await userEvent.click(screen.getByText('Elder mode'));
    expect(screen.getByRole('switch')).toBeChecked();
  });

  it('offers colour scheme and contrast as radio groups', async () => {
    renderSwitch({ axes: ['mode', 'scheme', 'contrast'] });
    const colours = screen.getByRole('radiogroup', { name: 'Colours' });
    expect(within(colours).getByRole('radio', { name: 'Same as device' })).toBeChecked();
    await userEvent.click(within(colours).getByText('Dark'));
    expect(html).toHaveAttribute('data-eui-scheme', 'dark');

    const contrast = screen.getByRole('radiogroup', { name: 'Contrast' });
    within(contrast).getByRole('radio', { name: 'High' }).focus();
    await userEvent.keyboard(' ');
    expect(html).toHaveAttribute('data-eui-contrast', 'high');
  });

  it.each([
    ['zh-CN', '长辈模式', '已关闭'],
    ['zh-TW', '長輩模式', '已關閉'],
    ['id', 'Mode lansia', 'Nonaktif'],
  ])('speaks %s', (locale, name, off) => {
    renderSwitch({}, locale);
    expect(screen.getByRole('switch', { name })).toHaveTextContent(off);
  });

  it('has no axe violations, off and on, with every axis', async () => {
    renderSwitch({ axes: ['mode', 'scheme', 'contrast'] });
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(screen.getByRole('switch'));
    expect(await axeViolations()).toEqual([]);
  });
});
