import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Tabs, TabsContent, TabsList, TabsTrigger } from './Tabs';

const meta = {
  title: 'Navigation/Tabs',
  component: Tabs,
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** two to five views of the same thing ("Money in", "Money out"), where the person switches back and forth.',
          '**Do:** name the list with `aria-label`; keep tab words short and plain; put the most used view first.',
          "**Don't:** use tabs for steps in a task (use `Stepper`) or for navigation between pages (use links); hide tabs behind a scroll in elder mode — the row wraps there so every tab stays in view. Arrow keys move between tabs; the chosen one is bold and underlined, not only coloured.",
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof Tabs>;

export default meta;
type Story = StoryObj<typeof meta>;

const Statement = ({ narrow = false }: { narrow?: boolean }) => (
  <div style={{ maxWidth: narrow ? '20rem' : undefined }}>
    <Tabs defaultValue="in">
      <TabsList aria-label="Statement">
        <TabsTrigger value="in">Money in</TabsTrigger>
        <TabsTrigger value="out">Money out</TabsTrigger>
        <TabsTrigger value="bills">Bills</TabsTrigger>
        <TabsTrigger value="all">Everything</TabsTrigger>
      </TabsList>
      <TabsContent value="in">Pension, 1 March: ¥3,200.00</TabsContent>
      <TabsContent value="out">Water bill, 3 March: ¥58.20</TabsContent>
      <TabsContent value="bills">Nothing due.</TabsContent>
      <TabsContent value="all">Two items this month.</TabsContent>
    </Tabs>
  </div>
);

export const Default: Story = {
  name: 'The chosen tab is bold and underlined',
  render: () => <Statement />,
  play: async ({ canvasElement, globals }) => {
    for (const tab of within(canvasElement).getAllByRole('tab')) {
      await expect(tab.getBoundingClientRect().height).toBeGreaterThanOrEqual(globals.mode === 'elder' ? 60 : 44);
    }
  },
};

export const Narrow: Story = {
  name: 'Narrow: wraps in elder mode, scrolls in standard mode',
  render: () => <Statement narrow />,
  play: async ({ canvasElement, globals }) => {
    const list = within(canvasElement).getByRole('tablist');
    if (globals.mode === 'elder') await expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
  },
};

export const Keyboard: Story = {
  name: 'Arrow keys choose the next tab',
  render: () => <Statement />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('tab', { name: 'Money in' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: 'Money out' })).toHaveAttribute('aria-selected', 'true');
  },
};
