import { BillIcon } from '@elder-ui/icons';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { RiskWarning } from '../alert';
import { Heading } from '../heading';
import { Select, SelectItem } from '../select';
import { Stack } from '../stack';
import { SummaryList, SummaryListRow } from '../summary-list';
import { Text } from '../text';
import { VisuallyHidden } from '../visually-hidden';
import { DemoSpeech, demoVoices } from './demo-speech';
import { ReadAloud } from './ReadAloud';
import { ReadAloudProvider, type ReadAloudProviderProps } from './ReadAloudProvider';
import { useReadAloud } from './use-read-aloud';

/**
 * A provider on a silent stand-in engine that "speaks" on a timer, so every story works on any
 * machine, with or without voices, and the highlight moves from sentence to sentence.
 */
function StandIn({ children, voices = demoVoices, ...props }: Omit<ReadAloudProviderProps, 'speech'> & { voices?: typeof demoVoices }) {
  const [speech] = useState(() => new DemoSpeech({ voices, auto: true }));
  return (
    <ReadAloudProvider {...props} speech={speech}>
      {children}
    </ReadAloudProvider>
  );
}

const meta = {
  title: 'Components/ReadAloud',
  component: ReadAloud,
  subcomponents: { ReadAloudProvider },
  decorators: [(Story) => <div style={{ maxWidth: '40rem' }}>{Story()}</div>],
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** around the parts of a page that people may prefer to hear: a bill, a risk warning, an article, the terms of a transfer (ELDER-MODE.md, "Listening"). Many older readers tire of small print or read Chinese or Indonesian slowly; MIIT\'s website specification asks for voice reading (语音阅读).',
          '**What it does:** a "Listen" button (朗读 / 朗讀 / Dengarkan), icon and word, 60 px high in elder mode, reads the region in its `lang` with a voice of that language, one sentence at a time (`Intl.Segmenter`), the sentence being said highlighted with the CSS Custom Highlight API, which changes no DOM. While it reads the button says "Stop" (a plain button, not a toggle: a toggle keeps one name), and the line beside it says which sentence is being read; screen readers hear "Reading" and "Stopped". It reads what a screen reader would: `alt` and `aria-label` of images and icons, visually hidden text; not what is `aria-hidden`, and not buttons or fields. Only one region reads at a time.',
          '**Stopping:** a second press, Escape, another region starting, leaving the page (`popstate`, `pagehide`, and in Chromium a router\'s navigation through the Navigation API), and the region going away. A router that changes pages another way calls `stop()` from `useReadAloud()` when the route changes.',
          '**When it cannot:** the button says "Cannot read aloud" and is disabled, with the reason beside it: the browser has no speech, or no voice for the region\'s language. It never reads Chinese with an English voice. On the server, and until the browser has said which voices it has, the button is disabled.',
          '**Speed:** 0.9 in elder mode, 1 otherwise; `setRate()` from `useReadAloud()` (inside a `ReadAloudProvider`) changes it, and `rate`/`onRateChange` on the provider keep it in your settings.',
          '**Limits of browsers:** speech starts only from a press, inside the handler (iOS); Chrome\'s online voices stop after about 15 s, so a long sentence is cut at a comma; the voice list arrives late (the button waits up to 3 s for it); many voices send no word boundaries, so the highlight follows sentences, not words; a browser without `CSS.highlights` (Firefox before 140) reads without highlighting; Firefox on Linux often has no voices at all; a phone\'s voices depend on what the person installed. Screen readers speak over it: it is for people who do not use one.',
          '**Your own voices:** `<ReadAloudProvider speech={engine}>` takes any object with `getVoices()`, `speak(utterance)` and `cancel()` (optionally `addEventListener("voiceschanged")`): a server-side text-to-speech service, for example, fetches audio for `utterance.text` in `utterance.lang`, plays it, and calls `utterance.onstart` and `utterance.onend`. Splitting, voice choice by language, highlighting, stopping and the words stay the kit\'s.',
          '**Elsewhere in the kit:** `RiskWarning` takes `readAloud` for a Listen button in the warning (inside a `ReadAloudProvider`), and `HelpListenAction` adds "Listen to this page" to the `HelpButton` sheet.',
          "**Do:** give the region the `lang` of its text; keep one `ReadAloudProvider` near the root. **Don't:** start reading on page load or without a press; put a region inside another.",
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof ReadAloud>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Presses Listen (in the story's words) and checks that the first sentence is being read. */
async function listen(canvasElement: HTMLElement, word: string, stop: string, progress: RegExp) {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: word }));
  const button = canvas.getByRole('button', { name: stop });
  await expect(button).not.toHaveAttribute('aria-pressed');
  await expect(button).toHaveAccessibleDescription(progress);
  return button;
}

function Bill() {
  return (
    <ReadAloud lang="zh-CN">
      <Stack gap="md">
        <Heading level={2} size="title">
          <BillIcon /> 2026 年 11 月水费账单
        </Heading>
        <Text>
          您本月用水 12 吨，应缴水费 <strong>¥46.80</strong>。请在 12 月 15 日前缴费！逾期会怎样？每天加收 0.5‰ 的滞纳金。
        </Text>
        <SummaryList>
          <SummaryListRow term="户名">张伟</SummaryListRow>
          <SummaryListRow term="户号">3201 0586 21</SummaryListRow>
          <SummaryListRow term="应缴金额">¥46.80（肆拾陆元捌角）</SummaryListRow>
        </SummaryList>
      </Stack>
    </ReadAloud>
  );
}

export const ChineseBill: Story = {
  name: 'A Chinese bill: 朗读 reads it sentence by sentence in a Chinese voice',
  globals: { locale: 'zh-CN' },
  render: () => (
    <StandIn>
      <Bill />
    </StandIn>
  ),
  play: async ({ canvasElement }) => {
    await listen(canvasElement, '朗读', '停止', /^第 1 句，共 \d+ 句$/);
  },
};

export const IndonesianRiskWarning: Story = {
  name: 'An Indonesian risk warning with Dengarkan beside the call for help',
  globals: { locale: 'id' },
  render: () => (
    <StandIn>
      <RiskWarning
        lang="id"
        readAloud
        title="Berhenti dan periksa: ini bisa penipuan"
        helpHref="tel:1500888"
        helpLabel="Telepon bank: 1500888"
      >
        Bank dan polisi tidak pernah meminta Anda memindahkan uang ke &ldquo;rekening aman&rdquo;. Jika seseorang di telepon menyuruh Anda melakukannya, berhenti sekarang. Jangan berikan kode OTP kepada siapa pun!
      </RiskWarning>
    </StandIn>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Dengarkan' }));
    await expect(canvas.getByRole('button', { name: 'Berhenti' })).not.toHaveAttribute('aria-pressed');
  },
};

/** A speed choice made with the hook, as a product's settings would offer it. */
function Speed() {
  const { rate, setRate } = useReadAloud();
  return (
    <Select label="Reading speed" value={String(rate)} onValueChange={(value) => setRate(Number(value))} width="short">
      <SelectItem value="0.75">Slow</SelectItem>
      <SelectItem value="0.9">A little slow</SelectItem>
      <SelectItem value="1">Normal</SelectItem>
      <SelectItem value="1.25">Fast</SelectItem>
    </Select>
  );
}

function Article({ children }: { children?: ReactNode }) {
  return (
    <ReadAloud lang="en">
      <article>
        <Stack gap="md">
          <Heading level={2} size="title">
            How to spot a fake call from your bank
          </Heading>
          <Text>
            Mr. Li got a call from &ldquo;his bank&rdquo; on a Sunday morning. The caller knew his name and the last four digits of his card
            <VisuallyHidden> (the digits are printed on every receipt)</VisuallyHidden>. He was told his savings were at risk and must be moved today.
          </Text>
          <Text>
            <span aria-hidden="true">★ </span>Your bank will never ask you to move money to keep it safe. Hang up, and call the number on the back of your card!
          </Text>
          {children}
        </Stack>
      </article>
    </ReadAloud>
  );
}

export const EnglishArticle: Story = {
  name: 'An English article: hidden decoration skipped, visually hidden words read, speed chosen',
  render: () => (
    <StandIn>
      <Stack gap="lg">
        <Speed />
        <Article />
      </Stack>
    </StandIn>
  ),
  play: async ({ canvasElement }) => {
    await listen(canvasElement, 'Listen', 'Stop', /^Sentence 1 of \d+$/);
    // The stand-in moves on by itself, as speech does; the line beside the button follows it.
    await waitFor(() => expect(within(canvasElement).getByRole('button', { name: 'Stop' })).toHaveAccessibleDescription(/^Sentence 2 of/), {
      timeout: 10_000,
    });
  },
};

export const NoVoice: Story = {
  name: 'No Chinese voice on this device: the button says so and is disabled, with the reason beside it',
  render: () => (
    <StandIn voices={demoVoices.filter((voice) => voice.lang.startsWith('en'))}>
      <Bill />
    </StandIn>
  ),
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Cannot read aloud' });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription(/no Chinese \(China\) voice/);
  },
};

export const BrowserVoices: Story = {
  name: "With this browser's own voices (disabled, with the reason, where it has none)",
  render: () => (
    <ReadAloudProvider>
      <Article />
    </ReadAloudProvider>
  ),
};
