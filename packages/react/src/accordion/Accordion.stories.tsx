import type { Meta, StoryObj } from '@storybook/react-vite';
import { Accordion, AccordionContent, AccordionItem, AccordionTrigger } from './Accordion';

const meta = {
  title: 'Navigation/Accordion',
  component: Accordion,
  args: { type: 'single', collapsible: true },
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** several sections a person may want one of, such as questions and answers.',
          '**Do:** word each heading as the question people ask; set `level` to fit the page outline; open the most asked one with `defaultValue`.',
          "**Don't:** hide what everyone needs (fees, the warning about scams) inside a closed section; nest accordions. Each heading is a full-width target; the state shows as a turning chevron and bold text and is announced.",
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof Accordion>;

export default meta;
type Story = StoryObj<typeof meta>;

const items = [
  ['fee', 'Is there a fee for sending money?', 'No. Sending money to any bank in the country is free.'],
  ['time', 'How long does it take?', 'Usually a few seconds. Some banks take up to two hours at night.'],
  ['wrong', 'What if I sent it to the wrong person?', 'Call us at once on 95588. We will ask the other bank to send it back.'],
] as const;

const sections = items.map(([value, question, answer]) => (
  <AccordionItem key={value} value={value}>
    <AccordionTrigger>{question}</AccordionTrigger>
    <AccordionContent>{answer}</AccordionContent>
  </AccordionItem>
));

export const Questions: Story = {
  name: 'Questions, one open',
  render: () => (
    <Accordion type="single" collapsible defaultValue="fee">
      {sections}
    </Accordion>
  ),
};

export const AllClosed: Story = {
  name: 'All closed',
  render: () => (
    <Accordion type="multiple">
      {sections}
    </Accordion>
  ),
};
