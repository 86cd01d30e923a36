import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { SummaryList, SummaryListAction, SummaryListRow } from './SummaryList';

const meta = {
  title: 'Forms/SummaryList',
  component: SummaryList,
  parameters: {
    docs: {
      description: {
        component: [
          '"Check your answers": before money moves or a form is sent, show every answer once more, each with a way back to change it (WCAG 3.3.4).',
          'In elder mode each row stacks: the key, the answer in large bold text, then the change action as a whole target. Screen readers hear "Change payee", not five times "Change".',
          '**Do:** restate the answers in the words the person chose (the payee\'s name, the amount with its currency); put the summary right before the confirmation; send "Change" back to the one question.',
          "**Don't:** show an answer the person did not give (a hidden fee) without a row of its own; make the summary editable in place; abbreviate values to fit.",
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof SummaryList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Transfer: Story = {
  name: 'A transfer to check, each answer with its change link',
  render: () => (
    <SummaryList>
      <SummaryListRow term="Payee" action={<SummaryListAction href="#payee" />}>
        Li Na, account ····8890
      </SummaryListRow>
      <SummaryListRow term="Amount" action={<SummaryListAction href="#amount" />}>
        ¥1,250.00
      </SummaryListRow>
      <SummaryListRow term="Arrives" action={<SummaryListAction href="#arrival" />}>
        In 2 hours
      </SummaryListRow>
      <SummaryListRow term="Fee">None</SummaryListRow>
    </SummaryList>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'Change Payee' })).toHaveAttribute('href', '#payee');
    await expect(canvas.getAllByRole('link')).toHaveLength(3);
  },
};

export const Chinese: Story = {
  name: 'In Chinese: 修改 names the row it changes',
  globals: { locale: 'zh-CN' },
  render: () => (
    <SummaryList lang="zh-CN">
      <SummaryListRow term="收款人" action={<SummaryListAction href="#payee" />}>
        李娜（尾号 8890）
      </SummaryListRow>
      <SummaryListRow term="金额" action={<SummaryListAction href="#amount" />}>
        ¥1,250.00（人民币壹仟贰佰伍拾元整）
      </SummaryListRow>
      <SummaryListRow term="到账时间" action={<SummaryListAction href="#arrival" />}>
        2 小时后
      </SummaryListRow>
    </SummaryList>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: '修改 金额' })).toBeVisible();
  },
};

export const Indonesian: Story = {
  name: 'In Indonesian, with long answers that wrap',
  globals: { locale: 'id' },
  render: () => (
    <SummaryList lang="id">
      <SummaryListRow term="Penerima" action={<SummaryListAction href="#payee" />}>
        Siti Nurhaliza binti Abdullah Rahman, Bank Rakyat Indonesia ····4412
      </SummaryListRow>
      <SummaryListRow term="Jumlah" action={<SummaryListAction href="#amount" />}>
        Rp1.250.000 (satu juta dua ratus lima puluh ribu rupiah)
      </SummaryListRow>
      <SummaryListRow term="Catatan untuk penerima" action={<SummaryListAction href="#note" />}>
        Untuk biaya pengobatan ibu bulan Desember, termasuk obat-obatan dan kontrol ke rumah sakit daerah
      </SummaryListRow>
    </SummaryList>
  ),
};

export const OwnWords: Story = {
  name: 'An action with its own words and a router link',
  render: () => (
    <SummaryList>
      <SummaryListRow
        term="Phone number"
        action={
          <SummaryListAction asChild>
            <a href="#phone">Use another number</a>
          </SummaryListAction>
        }
      >
        138 0013 8000
      </SummaryListRow>
    </SummaryList>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Use another number Phone number' })).toBeVisible();
  },
};
