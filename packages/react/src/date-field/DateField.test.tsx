import { CalendarDate, GregorianCalendar, TaiwanCalendar, toCalendar } from '@internationalized/date';
import { composeStories } from '@storybook/react-vite';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { LocaleProvider, type Locale } from '../locale';
import { DateField, type DateDetails, type DateFieldProps } from './DateField';
import * as stories from './DateField.stories';

const { Default, Filled, Chinese, TaiwanRoc, Indonesian, PageError, Disabled, LongLegend, InAForm } = composeStories(stories);

function renderIn(locale: Locale, props: Partial<DateFieldProps> = {}) {
  return render(
    <LocaleProvider locale={locale}>
      <DateField label="Date of birth" {...props} />
    </LocaleProvider>,
  );
}

/** Types parts by their labels, then leaves the field. */
async function fill(parts: Record<string, string>) {
  for (const [name, text] of Object.entries(parts)) {
    const box = screen.getByRole('textbox', { name });
    await userEvent.clear(box);
    if (text) await userEvent.type(box, text);
  }
  await userEvent.click(document.body);
}

const errorText = () => screen.getByRole('group').querySelector('[data-eui-field-error]')?.textContent;

describe('DateField', () => {
  it('is a group named by its legend and described by the hint, with Day, Month and Year boxes', () => {
    render(<Default />);
    const group = screen.getByRole('group', { name: 'What is your date of birth?' });
    expect(group.tagName).toBe('FIELDSET');
    expect(group).toHaveAccessibleDescription('For example, 27 3 2007');
    for (const [name, autoComplete] of [
      ['Day', 'bday-day'],
      ['Month', 'bday-month'],
      ['Year', 'bday-year'],
    ]) {
      const box = within(group).getByRole('textbox', { name });
      expect(box).toHaveAttribute('inputmode', 'numeric');
      expect(box).toHaveAttribute('type', 'text');
      expect(box).toHaveAttribute('autocomplete', autoComplete);
    }
  });

  it.each([
    ['en', ['Day', 'Month', 'Year'], 'For example, 27 3 2007'],
    ['id', ['Tanggal', 'Bulan', 'Tahun'], 'Contoh: 27 3 2007'],
    ['zh-CN', ['年', '月', '日'], '例如：2007 年 3 月 27 日'],
    ['zh-TW', ['年', '月', '日'], '例如：2007 年 3 月 27 日'],
  ] as const)('puts the boxes in the order %s writes a date, with its example', (locale, names, hint) => {
    renderIn(locale);
    expect(screen.getAllByRole('textbox').map((box) => (box as HTMLInputElement).labels?.[0]?.textContent)).toEqual(names);
    expect(screen.getByRole('group')).toHaveAccessibleDescription(hint);
  });

  it('shows the labels after the boxes in Chinese, as 2024 年 3 月 27 日 is written', () => {
    render(<Chinese />);
    const year = screen.getByRole('textbox', { name: '年' });
    expect(year).toHaveValue('1950');
    // The label follows its box in the document, so it is read and shown after the number.
    expect(year.compareDocumentPosition(screen.getByText('年')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const day = screen.getByRole('textbox', { name: '日' });
    expect(day).toHaveValue('27');
  });

  it('puts the labels above the boxes in English', () => {
    render(<Filled />);
    const day = screen.getByRole('textbox', { name: 'Day' });
    expect(day.compareDocumentPosition(screen.getByText('Day')) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    expect(day).toHaveValue('27');
    expect(screen.getByRole('textbox', { name: 'Month' })).toHaveValue('3');
    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveValue('1950');
  });

  it('moves with Tab through the boxes in the order they are shown, and never jumps on its own', async () => {
    const { unmount } = renderIn('en');
    await userEvent.tab();
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveFocus();
    // Two numbers fill the day box; focus stays until the person presses Tab.
    await userEvent.keyboard('27');
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveFocus();
    await userEvent.keyboard('3');
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveValue('273');
    await userEvent.tab();
    expect(screen.getByRole('textbox', { name: 'Month' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveFocus();
    unmount();

    renderIn('zh-CN');
    await userEvent.tab();
    expect(screen.getByRole('textbox', { name: '年' })).toHaveFocus();
    await userEvent.keyboard('2024');
    expect(screen.getByRole('textbox', { name: '年' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('textbox', { name: '月' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('textbox', { name: '日' })).toHaveFocus();
  });

  it('reports the ISO date as the person types, and null while it is not a whole real date', async () => {
    const onValueChange = vi.fn<(value: string | null, details: DateDetails) => void>();
    renderIn('en', { onValueChange });
    await userEvent.type(screen.getByRole('textbox', { name: 'Day' }), '7');
    expect(onValueChange).toHaveBeenLastCalledWith(null, expect.objectContaining({ status: 'invalid' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Month' }), '03');
    await userEvent.type(screen.getByRole('textbox', { name: 'Year' }), '1950');
    expect(onValueChange).toHaveBeenLastCalledWith('1950-03-07', { status: 'valid', parts: { day: '7', month: '03', year: '1950' } });
  });

  it('reads full-width numbers from a Chinese keyboard and spaces around them', async () => {
    const onValueChange = vi.fn();
    renderIn('zh-CN', { onValueChange });
    await userEvent.type(screen.getByRole('textbox', { name: '年' }), '２０２４');
    await userEvent.type(screen.getByRole('textbox', { name: '月' }), ' 3 ');
    await userEvent.type(screen.getByRole('textbox', { name: '日' }), '２７');
    expect(onValueChange).toHaveBeenLastCalledWith('2024-03-27', expect.objectContaining({ status: 'valid' }));
  });

  it('is controlled by value and refills its boxes when the page sets a new date', async () => {
    function Controlled() {
      const [value, setValue] = useState<string | null>('2024-03-27');
      return (
        <>
          <DateField label="Date" value={value} onValueChange={setValue} />
          <button type="button" onClick={() => setValue('1999-12-31')}>
            Set
          </button>
          <output>{value ?? 'none'}</output>
        </>
      );
    }
    render(<Controlled />);
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveValue('27');
    await userEvent.clear(screen.getByRole('textbox', { name: 'Day' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Day' }), '28');
    expect(screen.getByRole('status')).toHaveTextContent('2024-03-28');
    await userEvent.click(screen.getByRole('button', { name: 'Set' }));
    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveValue('1999');
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveValue('31');
  });

  it('does not check while the person types, only when they leave the field', async () => {
    renderIn('en');
    await userEvent.type(screen.getByRole('textbox', { name: 'Month' }), '13');
    expect(errorText()).toBeUndefined();
    await userEvent.tab();
    expect(errorText()).toBeUndefined(); // still inside the field, on Year
    await userEvent.tab();
    expect(errorText()).toBe('Error: Date must include a day and year');
  });

  it('does not nag when the person only passes through the empty field', async () => {
    renderIn('en', { required: true });
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(errorText()).toBeUndefined();
  });

  describe('says in words what is wrong and marks only that part', () => {
    it.each([
      [{ Day: '27', Month: '13', Year: '2024' }, 'Month must be between 1 and 12', ['Month']],
      [{ Day: '27', Month: '0', Year: '2024' }, 'Month must be between 1 and 12', ['Month']],
      [{ Day: '30', Month: '2', Year: '2024' }, 'Day must be between 1 and 29 for February 2024', ['Day']],
      [{ Day: '29', Month: '2', Year: '2023' }, 'Day must be between 1 and 28 for February 2023', ['Day']],
      [{ Day: '29', Month: '2', Year: '1900' }, 'Day must be between 1 and 28 for February 1900', ['Day']],
      [{ Day: '31', Month: '4', Year: '2024' }, 'Day must be between 1 and 30 for April 2024', ['Day']],
      [{ Day: '0', Month: '1', Year: '2024' }, 'Day must be between 1 and 31 for January 2024', ['Day']],
      [{ Day: '27', Month: '3', Year: '24' }, 'Enter a year with 4 numbers', ['Year']],
      [{ Day: '27', Month: '3', Year: '0999' }, 'Enter a year with 4 numbers', ['Year']],
      [{ Day: '27', Month: 'March', Year: '2024' }, 'Month must be a number', ['Month']],
      [{ Day: '27th', Month: '3', Year: '2024' }, 'Day must be a number', ['Day']],
      [{ Day: '', Month: '3', Year: '' }, 'Date must include a day and year', ['Day', 'Year']],
      [{ Day: '27', Month: '', Year: '2024' }, 'Date must include a month', ['Month']],
    ])('%o: "%s"', async (parts, message, wrong) => {
      renderIn('en');
      await fill(parts);
      expect(errorText()).toBe(`Error: ${message}`);
      for (const name of ['Day', 'Month', 'Year']) {
        const box = screen.getByRole('textbox', { name });
        if (wrong.includes(name)) expect(box).toHaveAttribute('aria-invalid', 'true');
        else expect(box).not.toHaveAttribute('aria-invalid');
      }
      expect(screen.getByRole('group')).toHaveAccessibleDescription(`For example, 27 3 2007 Error: ${message}`);
    });

    it('accepts 29 February in a leap year', async () => {
      const onValueChange = vi.fn();
      renderIn('en', { onValueChange });
      await fill({ Day: '29', Month: '2', Year: '2024' });
      expect(errorText()).toBeUndefined();
      expect(onValueChange).toHaveBeenLastCalledWith('2024-02-29', expect.objectContaining({ status: 'valid' }));
    });

    it.each([
      ['zh-CN', { 年: '2024', 月: '13', 日: '1' }, '月请填 1 到 12 之间的数字'],
      ['zh-CN', { 年: '2023', 月: '2', 日: '29' }, '2023年2月只有 28 天，日请填 1 到 28 之间的数字'],
      ['zh-CN', { 年: '', 月: '3', 日: '' }, '日期还缺少年和日'],
      ['zh-TW', { 年: '24', 月: '3', 日: '27' }, '年請填 4 位數字'],
      ['id', { Tanggal: '30', Bulan: '2', Tahun: '2024' }, 'Tanggal harus antara 1 dan 29 untuk Februari 2024'],
      ['id', { Tanggal: '1', Bulan: '13', Tahun: '2024' }, 'Bulan harus antara 1 dan 12'],
      ['id', { Tanggal: '', Bulan: '', Tahun: '2024' }, 'Lengkapi tanggal dan bulan'],
    ] as const)('in %s: %o gives "%s"', async (locale, parts, message) => {
      renderIn(locale);
      await fill(parts);
      expect(errorText()).toMatch(new RegExp(`${message}$`));
    });

    it('names the first and last dates allowed, and marks the whole date', async () => {
      renderIn('en', { min: '1900-01-01', max: '2025-12-31' });
      await fill({ Day: '31', Month: '12', Year: '1899' });
      expect(errorText()).toBe('Error: Date must be on or after 1 January 1900');
      for (const box of screen.getAllByRole('textbox')) expect(box).toHaveAttribute('aria-invalid', 'true');
      await fill({ Day: '1', Month: '1', Year: '2026' });
      expect(errorText()).toBe('Error: Date must be on or before 31 December 2025');
      await fill({ Day: '1', Month: '1', Year: '1900' });
      expect(errorText()).toBeUndefined();
    });

    it('names limits the way the locale writes dates', async () => {
      renderIn('zh-CN', { min: '1900-01-01' });
      await fill({ 年: '1899', 月: '1', 日: '1' });
      expect(errorText()).toBe('错误： 日期不能早于 1900年1月1日');
    });

    it('asks for a required date that was left empty', async () => {
      const { container } = render(
        <form noValidate>
          <DateField label="Date of birth" required />
          <button type="submit">Continue</button>
        </form>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      expect(errorText()).toBe('Error: Enter the date');
      expect(container.querySelectorAll('[aria-invalid="true"]')).toHaveLength(3);
    });

    it('takes the error away as soon as the date reads right', async () => {
      renderIn('en');
      await fill({ Day: '27', Month: '13', Year: '2024' });
      expect(errorText()).toBe('Error: Month must be between 1 and 12');
      await userEvent.clear(screen.getByRole('textbox', { name: 'Month' }));
      await userEvent.type(screen.getByRole('textbox', { name: 'Month' }), '3');
      expect(errorText()).toBeUndefined();
      expect(screen.getByRole('textbox', { name: 'Month' })).not.toHaveAttribute('aria-invalid');
    });

    it('shows an error from the page on the whole date, and its own error before it', async () => {
      render(<PageError />);
      expect(errorText()).toBe('Error: The date your card was issued must be in the past');
      for (const box of screen.getAllByRole('textbox')) expect(box).toHaveAttribute('aria-invalid', 'true');
      await fill({ Day: '40' });
      expect(errorText()).toBe('Error: Day must be between 1 and 31 for May 2030');
      expect(screen.getByRole('textbox', { name: 'Month' })).not.toHaveAttribute('aria-invalid');
    });
  });

  describe('民國 (ROC) years', () => {
    it('shows a 民國 year, with 民國 before the box and 年 after it', () => {
      render(<TaiwanRoc />);
      const year = screen.getByRole('textbox', { name: '民國 年' });
      // What the calendar library says 2024 is in the ROC calendar.
      const expected = toCalendar(new CalendarDate(2024, 3, 27), new TaiwanCalendar());
      expect(year).toHaveValue(String(expected.year));
      expect(year).toHaveValue('113');
      expect(screen.getByRole('group')).toHaveAccessibleDescription('例如：民國 96 年 3 月 27 日');
    });

    it('turns a 民國 date into a Gregorian ISO date with the calendar library', async () => {
      const onValueChange = vi.fn();
      renderIn('zh-TW', { calendar: 'roc', onValueChange });
      await fill({ '民國 年': '113', 月: '2', 日: '29' });
      const expected = toCalendar(new CalendarDate(new TaiwanCalendar(), 'minguo', 113, 2, 29), new GregorianCalendar()).toString();
      expect(expected).toBe('2024-02-29');
      expect(onValueChange).toHaveBeenLastCalledWith(expected, expect.objectContaining({ status: 'valid' }));
      await fill({ '民國 年': '1' });
      expect(onValueChange).toHaveBeenLastCalledWith('1912-02-29', expect.objectContaining({ status: 'valid' }));
    });

    it.each([
      [{ '民國 年': '112', 月: '2', 日: '29' }, '民國112年2月只有 28 天，日請填 1 到 28 之間的數字'],
      [{ '民國 年': '2024', 月: '3', 日: '27' }, '請填民國年：西元 2024 年是民國 113 年'],
      [{ '民國 年': '1024', 月: '3', 日: '27' }, '民國年請填 1 到 3 位數字，例如 113'],
      [{ '民國 年': '0', 月: '3', 日: '27' }, '民國年請填 1 到 3 位數字，例如 113'],
    ])('%o: "%s"', async (parts, message) => {
      renderIn('zh-TW', { calendar: 'roc' });
      await fill(parts);
      expect(errorText()).toBe(`錯誤： ${message}`);
    });

    it('names a limit as a 民國 date', async () => {
      renderIn('zh-TW', { calendar: 'roc', max: '2024-12-31' });
      await fill({ '民國 年': '114', 月: '1', 日: '1' });
      expect(errorText()).toBe('錯誤： 日期不能晚於 民國113年12月31日');
    });

    it('says the year is a Minguo year where labels sit above the boxes', async () => {
      renderIn('en', { calendar: 'roc', defaultValue: '2024-03-27' });
      expect(screen.getByRole('textbox', { name: 'Year (Minguo)' })).toHaveValue('113');
      expect(screen.getByRole('group')).toHaveAccessibleDescription('For example, 27 3 Minguo 96');
      await fill({ 'Year (Minguo)': '2024' });
      expect(errorText()).toBe('Error: Enter the Minguo year: the year 2024 is Minguo 113');
    });
  });

  describe('in a form', () => {
    it('sends the ISO date under its name, and the boxes as typed', async () => {
      const { container } = render(
        <form>
          <DateField label="Date of birth" name="dob" calendar="roc" />
        </form>,
      );
      const form = container.querySelector('form')!;
      expect(new FormData(form).get('dob')).toBe('');
      await fill({ 'Year (Minguo)': '39', Month: '3', Day: '27' });
      const data = new FormData(form);
      expect(data.get('dob')).toBe('1950-03-27');
      expect(data.get('dob-year')).toBe('39');
      expect(data.get('dob-month')).toBe('3');
      expect(data.get('dob-day')).toBe('27');
    });

    it('shows its error on submit and tells the page which box to fix', async () => {
      const details: DateDetails[] = [];
      const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
      render(
        <form noValidate onSubmit={onSubmit}>
          <DateField label="Date of birth" id="dob" onValueChange={(_value, next) => details.push(next)} />
          <button type="submit">Continue</button>
        </form>,
      );
      await userEvent.type(screen.getByRole('textbox', { name: 'Day' }), '27');
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      expect(onSubmit).toHaveBeenCalled();
      expect(errorText()).toBe('Error: Date must include a month and year');
      expect(details.at(-1)).toEqual({
        status: 'invalid',
        error: 'Date must include a month and year',
        errorId: 'dob-month',
        parts: { day: '27', month: '', year: '' },
      });
      expect(document.getElementById('dob-month')).toBe(screen.getByRole('textbox', { name: 'Month' }));
    });

    it('lists its error in the form error summary, whose link moves focus to the box to fix', async () => {
      render(<InAForm />);
      await userEvent.type(screen.getByRole('textbox', { name: 'Day' }), '27');
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      const summary = screen.getByRole('group', { name: 'Please fix these problems' });
      expect(summary).toHaveFocus();
      await userEvent.click(within(summary).getByRole('link', { name: 'Date must include a month and year' }));
      expect(screen.getByRole('textbox', { name: 'Month' })).toHaveFocus();
    });

    it('stops a form without noValidate from being sent, with the same words', async () => {
      const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
      render(
        <form onSubmit={onSubmit}>
          <DateField label="Date of birth" />
          <button type="submit">Continue</button>
        </form>,
      );
      await userEvent.type(screen.getByRole('textbox', { name: 'Month' }), '13');
      // The browser's check reads the words on the first box to fill.
      const day = screen.getByRole('textbox', { name: 'Day' }) as HTMLInputElement;
      expect(day.validationMessage).toBe('Date must include a day and year');
      expect((screen.getByRole('textbox', { name: 'Month' }) as HTMLInputElement).validity.valid).toBe(true);
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      expect(onSubmit).not.toHaveBeenCalled();
      expect(errorText()).toBe('Error: Date must include a day and year');
    });

    it('goes back to its first date when the form is reset', async () => {
      const onValueChange = vi.fn();
      const { container } = render(
        <form>
          <DateField label="Date of birth" name="dob" defaultValue="1950-03-27" onValueChange={onValueChange} />
        </form>,
      );
      await fill({ Day: '40' });
      expect(errorText()).toBeDefined();
      act(() => container.querySelector('form')!.reset());
      expect(screen.getByRole('textbox', { name: 'Day' })).toHaveValue('27');
      expect(errorText()).toBeUndefined();
      expect(new FormData(container.querySelector('form')!).get('dob')).toBe('1950-03-27');
      expect(onValueChange).toHaveBeenLastCalledWith('1950-03-27', expect.objectContaining({ status: 'valid' }));
    });

    it('sends nothing while disabled', () => {
      const { container } = render(
        <form>
          <Disabled name="dob" />
        </form>,
      );
      for (const box of screen.getAllByRole('textbox')) expect(box).toBeDisabled();
      expect([...new FormData(container.querySelector('form')!).keys()]).toEqual([]);
    });
  });

  it('shows no hint when given null', () => {
    renderIn('en', { hint: null });
    expect(screen.getByRole('group')).not.toHaveAccessibleDescription();
    expect(screen.queryByText(/For example/)).not.toBeInTheDocument();
  });

  it('takes a pasted number', async () => {
    renderIn('en');
    await userEvent.click(screen.getByRole('textbox', { name: 'Year' }));
    await userEvent.paste('1950');
    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveValue('1950');
  });

  it('puts className, style and ref on the fieldset, the box around it all', () => {
    const ref = createRef<HTMLFieldSetElement>();
    render(<DateField label="Date" className="dob" style={{ marginBlockEnd: '2rem' }} ref={ref} data-testid="dob" />);
    const group = screen.getByRole('group');
    expect(ref.current).toBe(group);
    expect(group).toHaveClass('dob');
    expect(group.style.marginBlockEnd).toBe('2rem');
    expect(group).toHaveAttribute('data-testid', 'dob');
  });

  it('warns in development about a min that is not an ISO date', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<DateField label="Date" min="1/1/1900" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('min="1/1/1900"'));
    warn.mockRestore();
  });

  it('says "required" after the legend and marks each box required', () => {
    renderIn('en', { required: true });
    expect(screen.getByRole('group', { name: 'Date of birth (required)' })).toBeInTheDocument();
    for (const box of screen.getAllByRole('textbox')) expect(box).toHaveAttribute('aria-required', 'true');
  });

  it.each([
    ['at rest', Default],
    ['filled in Indonesian', Indonesian],
    ['in Chinese', Chinese],
    ['with a 民國 year', TaiwanRoc],
    ['with an error', PageError],
    ['disabled', Disabled],
    ['with a long legend', LongLegend],
  ])('has no axe violations %s', async (_state, Story) => {
    render(<Story />);
    expect(await axeViolations()).toEqual([]);
  });

  it('has no axe violations with its own error on one box', async () => {
    renderIn('en');
    await fill({ Day: '27', Month: '13', Year: '2024' });
    expect(await axeViolations()).toEqual([]);
  });
});
