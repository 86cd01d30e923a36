import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useMemo, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import * as styles from './Icon.stories.css';
import {
  HelpIcon,
  HomeIcon,
  Icon,
  PayIcon,
  PhoneIcon,
  ScanIcon,
  SettingsIcon,
  homeIconData,
  iconComponentName,
  icons,
  type IconData,
} from './index';

/** True when the query appears in the icon's name, export name or any synonym (case-insensitive). */
function matches(icon: IconData, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  return [icon.name, iconComponentName(icon.name), ...icon.synonyms.en, ...icon.synonyms['zh-CN']].some((word) =>
    word.toLowerCase().includes(needle),
  );
}

/** One card: the name, both drawings side by side, and the import line. */
function GalleryCard({ icon }: { icon: IconData }) {
  const component = iconComponentName(icon.name);
  return (
    <li className={styles.card}>
      <p className={styles.name}>
        {icon.name} · <span lang="zh-CN">{icon.synonyms['zh-CN'][0]}</span>
      </p>
      <div className={styles.drawings}>
        {(['standard', 'elder'] as const).map((mode) => (
          <figure key={mode} className={styles.drawing}>
            <div data-eui-mode={mode} className={styles.sample}>
              <Icon icon={icon} size="2.5rem" />
            </div>
            <figcaption className={styles.caption}>{mode === 'standard' ? 'Standard' : 'Elder'}</figcaption>
          </figure>
        ))}
      </div>
      <code className={styles.code}>{`import { ${component} } from '@elder-ui/icons'`}</code>
    </li>
  );
}

/** Every icon, searchable by English and Chinese names. */
function Gallery() {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const found = useMemo(() => icons.filter((icon) => matches(icon, query)), [query]);
  const summary =
    found.length === icons.length
      ? `${icons.length} icons`
      : found.length === 0
        ? `No icon matches “${query.trim()}”`
        : `${found.length} of ${icons.length} icons match “${query.trim()}”`;
  return (
    <div className={styles.gallery}>
      <div className={styles.field}>
        <label htmlFor={inputId} className={styles.label}>
          Search icons, in English or Chinese
        </label>
        <input
          id={inputId}
          type="search"
          className={styles.search}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <p role="status" className={styles.status}>
        {summary}
      </p>
      <ul className={styles.grid} aria-label="Icons">
        {found.map((icon) => (
          <GalleryCard key={icon.name} icon={icon} />
        ))}
      </ul>
    </div>
  );
}

const samples = [HomeIcon, PhoneIcon, ScanIcon, PayIcon, HelpIcon, SettingsIcon];
const sampleLabels = ['Home', 'Phone', 'Scan', 'Pay', 'Help', 'Settings'];

/** The same labelled icons inside a standard and an elder theme root. */
function ModeComparison() {
  return (
    <div className={styles.compare}>
      {(['standard', 'elder'] as const).map((mode) => (
        <figure key={mode} className={styles.panel}>
          <div data-eui-mode={mode} className={styles.sampleRow} data-testid={mode}>
            {samples.map((Sample, index) => (
              <Sample key={sampleLabels[index]} label={sampleLabels[index]} />
            ))}
          </div>
          <figcaption className={styles.caption}>
            {mode === 'standard'
              ? 'Inside data-eui-mode="standard": line drawings, as large as the text'
              : 'Inside data-eui-mode="elder": simplified drawings, at least 28 px'}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}

const meta = {
  title: 'Icons/Gallery',
  component: Icon,
  args: { icon: homeIconData, label: 'Home' },
  argTypes: { icon: { control: false } },
} satisfies Meta<typeof Icon>;

export default meta;
type Story = StoryObj<typeof meta>;

export const EveryIcon: Story = {
  name: 'Every icon, standard and elder drawings side by side',
  render: () => <Gallery />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    expect(canvas.getByRole('status')).toHaveTextContent(`${icons.length} icons`);
    expect(canvas.getByRole('list', { name: 'Icons' }).children).toHaveLength(icons.length);
  },
};

export const SearchInChinese: Story = {
  name: 'Searching 扫码 finds the scan icon',
  render: () => <Gallery />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Search icons, in English or Chinese'), '扫码');
    const list = canvas.getByRole('list', { name: 'Icons' });
    expect(within(list).getByText("import { ScanIcon } from '@elder-ui/icons'")).toBeVisible();
    expect(list.children).toHaveLength(1);
  },
};

export const ClosestModeDecides: Story = {
  name: 'An icon draws and sizes itself by the closest data-eui-mode',
  render: () => <ModeComparison />,
  // Measured, so that a Storybook build without the package's CSS fails here.
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const mode of ['standard', 'elder'] as const) {
      const icon = within(canvas.getByTestId(mode)).getByRole('img', { name: 'Home' });
      const shown = icon.querySelector(`[data-eui-drawing="${mode}"]`)!;
      const hidden = icon.querySelector(`[data-eui-drawing="${mode === 'standard' ? 'elder' : 'standard'}"]`)!;
      expect(getComputedStyle(hidden).display).toBe('none');
      expect(getComputedStyle(shown).display).not.toBe('none');
      const { width, height } = icon.getBoundingClientRect();
      if (mode === 'elder') {
        expect(width).toBeGreaterThanOrEqual(28);
        expect(height).toBeGreaterThanOrEqual(28);
      } else {
        expect(width).toBeCloseTo(Number.parseFloat(getComputedStyle(icon).fontSize));
      }
    }
  },
};

export const Labelled: Story = {
  name: 'A labelled icon is one image with one name',
};
