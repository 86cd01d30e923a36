import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { TextField } from '../text-field';
import { Field, FieldError } from './Field';
import { FormErrorSummary } from './FormErrorSummary';
import * as fieldStyles from './Field.css';

const meta = {
  title: 'Forms/Field',
  component: Field,
  args: {
    label: 'Card number',
    hint: 'The 16 digits on the front of your card',
    children: (control) => <input {...control} className={fieldStyles.control()} inputMode="numeric" autoComplete="cc-number" />,
  },
  decorators: [(Story) => <div style={{ maxWidth: '32rem' }}><Story /></div>],
  parameters: {
    docs: {
      description: {
        component: [
          'Field lays out any control the kit has no component for: the label always visible, "(required)" in words, the hint above, the error with an icon, all wired with `id`, `aria-describedby`, `aria-invalid` and `aria-required`. Its child is a function that receives those props for the control. It is the one way the kit threads a field\'s ids: TextField, TextArea, AmountField, PasswordField, Select and RadioGroup are built on it. For a control made of several controls (a date in three boxes, a group of radios) set `labelElement="span"`: the label becomes words the control points at with `aria-labelledby`, since a `<label>` names only one control.',
          '**Where `className` and `style` land.** In every form component (Field, TextField, TextArea, AmountField, PasswordField, Select, Checkbox, CheckboxGroup, RadioGroup, RadioGroupItem and Switch) they go to the outer box that holds the label, hint, error and control. That box is what a page lays out (margins, grid areas, widths), and the words must move with the control. Every other prop (`ref`, `name`, `autoComplete`, event handlers, `aria-*`, `data-*`) goes to the control. The control\'s own look comes from the kit, sized with `width` where a component has one.',
          'FormErrorSummary goes at the top of a form. After a failed submit (count them in `submitCount`) it takes focus and lists every error as a link that moves focus to its field. Use the same words as next to the field.',
          '**Do** validate on submit, show the summary and the errors next to the fields together, and keep what the user typed.',
          '**Don\'t** show errors while the user is still typing, clear fields after an error, or say only "Invalid input".',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof Field>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  name: 'Label, hint and a control of your own',
};

export const WithError: Story = {
  name: 'Error in words with an icon, linked to the control',
  args: { error: 'Enter the 16 digits of your card number', required: true },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/Enter the 16 digits/);
  },
};

export const Disabled: Story = {
  name: 'Disabled',
  args: { disabled: true },
};

export const Group: Story = {
  name: 'Several boxes named by one label',
  args: { label: 'Date of birth', hint: 'For example, 27 3 1950', labelElement: 'span' },
  render: (args) => (
    <Field {...args}>
      {(control) => (
        <div {...control} role="group" style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--eui-target-gap)' }}>
          {['Day', 'Month', 'Year'].map((part) => (
            <label key={part} style={{ display: 'grid', gap: 'var(--eui-space-xs)' }}>
              {part}
              <input className={fieldStyles.control({ width: 'short' })} inputMode="numeric" />
            </label>
          ))}
        </div>
      )}
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const group = within(canvasElement).getByRole('group', { name: 'Date of birth' });
    await expect(group).toHaveAccessibleDescription('For example, 27 3 1950');
    await expect(within(group).getByRole('textbox', { name: 'Month' })).toBeInTheDocument();
  },
};

export const LongText: Story = {
  name: 'Long error wraps next to its icon',
  render: () => (
    <div style={{ maxWidth: '16rem' }}>
      <FieldError>
        The card number you entered belongs to a card that has expired. Use the new card your bank sent you.
      </FieldError>
    </div>
  ),
};

export const Summary: Story = {
  name: 'Error summary lists every problem as a link',
  render: () => (
    <div style={{ display: 'grid', gap: 'var(--eui-space-xl)' }}>
      <FormErrorSummary
        errors={[
          { id: 'summary-name', message: 'Enter the name of the person you are paying' },
          { id: 'summary-account', message: 'Enter an account number of 16 to 19 digits' },
        ]}
      />
      <TextField id="summary-name" label="Name" error="Enter the name of the person you are paying" />
      <TextField id="summary-account" label="Account number" error="Enter an account number of 16 to 19 digits" />
    </div>
  ),
};

export const SummaryChinese: Story = {
  name: 'Chinese error summary',
  render: () => (
    <div style={{ display: 'grid', gap: 'var(--eui-space-xl)' }}>
      <FormErrorSummary
        title="请修改以下问题"
        errors={[
          { id: 'zh-name', message: '请填写收款人姓名' },
          { id: 'zh-account', message: '请填写 16 到 19 位卡号' },
        ]}
      />
      <TextField id="zh-name" label="收款人姓名" error="请填写收款人姓名" />
      <TextField id="zh-account" label="收款账号" error="请填写 16 到 19 位卡号" />
    </div>
  ),
};
