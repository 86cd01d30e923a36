import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type FormEvent } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../button';
import { FormErrorSummary, type FormError } from '../field/FormErrorSummary';
import { Stack } from '../stack';
import { DateField, type DateDetails } from './DateField';
import { dateCalendars } from './read-date';

const meta = {
  title: 'Forms/DateField',
  component: DateField,
  args: { label: 'What is your date of birth?', autoComplete: 'bday' },
  argTypes: { calendar: { control: 'inline-radio', options: dateCalendars } },
  decorators: [(Story) => <div style={{ maxWidth: '32rem' }}><Story /></div>],
  parameters: {
    docs: {
      description: {
        component: [
          'Use a DateField for a date the person knows or can look up without a calendar: a date of birth, the date on a card or a letter. It is the GOV.UK "memorable date" pattern: one question as the legend, an example date as the hint, and day, month and year in three labelled boxes that open the numeric keypad on phones. The boxes follow the locale: day, month, year in English and Indonesian; 年 月 日 in Chinese, with the labels after the boxes as the date is written (2024 年 3 月 27 日). In Taiwan, `calendar="roc"` takes the year as a 民國 year (113 for 2024).',
          'The value is an ISO date in the Gregorian calendar (`"2024-03-27"`) or `null`, whatever the calendar of the year box; with `name` a form sends it, and the boxes as typed under `name-day`, `name-month` and `name-year`. The date is checked when the person leaves the field or sends the form, never while they type. An error says in words which part is wrong ("Month must be between 1 and 12", "Day must be between 1 and 29 for February 2024") and marks only that box; an empty date, a date out of `min`/`max` or an error you pass in marks all three. `onValueChange` reports the same words and the id of the box to fix, for the form\'s `FormErrorSummary`.',
          '**Do** ask the question in the legend ("What is your date of birth?"), keep the example hint or give one that fits the question, set `autoComplete="bday"` for a date of birth, and set `min` and `max` where the answer has limits.',
          '**Don\'t** move focus to the next box when one is full, use it for a date the person must pick from a calendar (an appointment), split the date into dropdowns, or say only "Invalid date".',
          'In elder mode each box is at least 48 px high with 20 px text, the gaps are 12 px, and the boxes wrap onto the next line on a narrow phone instead of scrolling sideways.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof DateField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Types into the boxes by their labels, then leaves the field, as a person would. */
async function typeDate(canvasElement: HTMLElement, parts: Record<string, string>) {
  const canvas = within(canvasElement);
  for (const [name, text] of Object.entries(parts)) await userEvent.type(canvas.getByRole('textbox', { name }), text);
  await userEvent.tab();
  return canvas;
}

/** Also checks the styles loaded: an unstyled input is about 21 px high. */
export const Default: Story = {
  name: 'Day, month and year in three labelled boxes',
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: 'What is your date of birth?' });
    const elder = globals.mode === 'elder';
    for (const name of ['Day', 'Month', 'Year']) {
      const box = within(group).getByRole('textbox', { name });
      await expect(box.getBoundingClientRect().height).toBeGreaterThanOrEqual(elder ? 48 : 44);
      await expect(parseFloat(getComputedStyle(box).fontSize)).toBeGreaterThanOrEqual(elder ? 20 : 16);
    }
  },
};

export const Filled: Story = {
  name: 'Filled from an ISO date',
  args: { defaultValue: '1950-03-27' },
};

export const Required: Story = {
  name: 'Required, said in words after the legend',
  args: { required: true },
};

/** Types 13 in the month box and leaves the field: only the month box is marked. */
export const MonthError: Story = {
  name: 'Error on the month marks only the month box',
  play: async ({ canvasElement }) => {
    const canvas = await typeDate(canvasElement, { Day: '27', Month: '13', Year: '1950' });
    await expect(canvas.getByText('Month must be between 1 and 12')).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Month' })).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('textbox', { name: 'Day' })).not.toHaveAttribute('aria-invalid');
  },
};

/** 30 February 2024 does not exist: 2024 is a leap year, so February has 29 days. */
export const FebruaryError: Story = {
  name: 'Error on the day names the days in February',
  args: { label: 'When did the payment leave your account?', autoComplete: undefined },
  play: async ({ canvasElement }) => {
    const canvas = await typeDate(canvasElement, { Day: '30', Month: '2', Year: '2024' });
    await expect(canvas.getByText('Day must be between 1 and 29 for February 2024')).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Day' })).toHaveAttribute('aria-invalid', 'true');
  },
};

export const MinMaxError: Story = {
  name: 'Date before the first allowed names that date',
  args: { min: '1900-01-01', max: '2025-12-31' },
  play: async ({ canvasElement }) => {
    const canvas = await typeDate(canvasElement, { Day: '31', Month: '12', Year: '1899' });
    await expect(canvas.getByText('Date must be on or after 1 January 1900')).toBeVisible();
  },
};

export const PageError: Story = {
  name: 'Error from the page marks the whole date',
  args: { label: 'When was your card issued?', autoComplete: undefined, defaultValue: '2030-05-01', error: 'The date your card was issued must be in the past' },
};

export const Disabled: Story = {
  name: 'Disabled',
  args: { defaultValue: '1950-03-27', disabled: true },
};

export const Chinese: Story = {
  name: 'Chinese: 年 月 日 with the labels after the boxes',
  args: { label: '您的出生日期是？', defaultValue: '1950-03-27', required: true },
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const boxes = within(canvasElement).getAllByRole('textbox') as HTMLInputElement[];
    await expect(boxes.map((box) => box.labels?.[0]?.textContent)).toEqual(['年', '月', '日']);
  },
};

export const TaiwanRoc: Story = {
  name: 'Taiwan: 民國 year, 民國 113 is 2024',
  args: { label: '您的出生日期是？', calendar: 'roc', defaultValue: '2024-03-27' },
  globals: { locale: 'zh-TW' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: '民國 年' })).toHaveValue('113');
  },
};

export const TaiwanRocError: Story = {
  name: 'Taiwan: a Western year in the 民國 box says which 民國 year it is',
  args: { label: '申請日期', calendar: 'roc', autoComplete: undefined },
  globals: { locale: 'zh-TW' },
  play: async ({ canvasElement }) => {
    const canvas = await typeDate(canvasElement, { '民國 年': '2024', 月: '3', 日: '27' });
    await expect(canvas.getByText('請填民國年：西元 2024 年是民國 113 年')).toBeVisible();
  },
};

export const Indonesian: Story = {
  name: 'Indonesian: tanggal, bulan, tahun',
  args: { label: 'Kapan tanggal lahir Anda?', defaultValue: '1950-03-27' },
  globals: { locale: 'id' },
};

export const Elder: Story = {
  name: 'Elder mode: 48 px boxes, 20 px numbers',
  args: { defaultValue: '1950-03-27', required: true },
  globals: { mode: 'elder' },
  play: async ({ canvasElement }) => {
    for (const box of within(canvasElement).getAllByRole('textbox')) {
      await expect(box.getBoundingClientRect().height).toBeGreaterThanOrEqual(48);
      await expect(parseFloat(getComputedStyle(box).fontSize)).toBeGreaterThanOrEqual(20);
    }
  },
};

export const LongLegend: Story = {
  name: 'Long legend, hint and error wrap',
  args: {
    label: 'On what date did you last receive a payment from the pension office into the account you are closing today?',
    hint: 'You can find it on your last bank statement or in the letter the pension office sent you. For example, 27 3 2024',
    error: 'The date you last received a payment must be in the past, and after you opened the account',
    autoComplete: undefined,
  },
  decorators: [(Story) => <div style={{ maxWidth: '18rem' }}><Story /></div>],
};

/** A whole form: the summary lists the date's error with a link to the box to fix. */
export const InAForm: Story = {
  name: 'Error summary links to the box to fix',
  render: function Render(args) {
    const [details, setDetails] = useState<DateDetails>();
    const [errors, setErrors] = useState<FormError[]>([]);
    const [submitCount, setSubmitCount] = useState(0);
    const onSubmit = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const found = details?.error ? [{ id: details.errorId ?? 'dob', message: details.error }] : [];
      setErrors(found);
      if (found.length > 0) setSubmitCount((count) => count + 1);
    };
    return (
      <Stack gap="lg" asChild>
        <form noValidate onSubmit={onSubmit} aria-label="Your details">
          <FormErrorSummary errors={errors} submitCount={submitCount} />
          <DateField {...args} id="dob" name="dob" required onValueChange={(_value, next) => setDetails(next)} />
          <div>
            <Button type="submit">Continue</Button>
          </div>
        </form>
      </Stack>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Day' }), '27');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(canvas.getByRole('link', { name: 'Date must include a month and year' })).toHaveAttribute('href', '#dob-month');
  },
};
