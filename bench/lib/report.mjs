// Turns the samples into the summary and the markdown tables.

/** @param {number[]} values */
export function min(values) {
  return values.length ? Math.min(...values) : Number.NaN;
}

/** @param {number[]} values */
export function median(values) {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? /** @type {number} */ (sorted[middle]) : (/** @type {number} */ (sorted[middle - 1]) + /** @type {number} */ (sorted[middle])) / 2;
}

/** @param {number[]} values */
export const summarize = (values) => ({ min: min(values), median: median(values), n: values.length });

const ms = (/** @type {number} */ value) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '—');
const kb = (/** @type {number} */ bytes) => (Number.isFinite(bytes) ? (bytes / 1000).toFixed(1) : '—');
const ratio = (/** @type {number} */ a, /** @type {number} */ b) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(a / b < 10 ? 2 : 1)}×` : '—';
const px = (/** @type {number} */ value) => (Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '—');

/**
 * @typedef {{ min: number, median: number, n: number }} Stat
 * @typedef {{ script: Stat, paint: Stat, layout: Stat }} TimingStats
 * @typedef {{ width: number, height: number, fontSize: number }} Box
 * @typedef {{
 *   id: string, name: string, version: string | null, note?: string,
 *   cost: { button: Sizes, forms: Sizes } | null,
 *   missing: string[],
 *   switchHow: string | null,
 *   mountButtons: TimingStats | null, mountForms: TimingStats | null, switchTheme: TimingStats | null,
 *   button: Box | null, buttonAfterSwitch: Box | null,
 *   errors: string[],
 * }} KitResult
 * @typedef {{ js: number, jsGzip: number, css: number, cssGzip: number, runtimeCss: number, runtimeCssGzip: number }} Sizes
 */

/**
 * @param {{ kits: KitResult[], runs: number, counts: { buttons: number, forms: number }, runtimeCssKits: Set<string> }} summary
 */
export function markdownTables({ kits, runs, counts, runtimeCssKits }) {
  const elder = kits.find((kit) => kit.id === 'elder');
  const floor = kits.find((kit) => kit.id === 'floor');
  const label = (/** @type {KitResult} */ kit) => (kit.version ? `${kit.name} ${kit.version}` : kit.name);
  const lines = [];

  const cssGzip = (/** @type {Sizes} */ sizes) => sizes.cssGzip + sizes.runtimeCssGzip;
  const total = (/** @type {Sizes} */ sizes) => sizes.jsGzip + cssGzip(sizes);
  const cssCell = (/** @type {KitResult} */ kit, /** @type {Sizes} */ sizes) =>
    `${kb(cssGzip(sizes))}${runtimeCssKits.has(kit.id) ? ' †' : ''}`;
  lines.push(
    '**Bundle cost**: kB gzip (esbuild, minified; react and react-dom external). × Elder = total ÷ Elder UI\'s total.',
    '',
    '| kit | `{Button}` JS | CSS | total | × Elder | form set JS | CSS | total | × Elder | not in the kit |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const kit of kits) {
    if (!kit.cost) {
      lines.push(`| ${label(kit)} | failed | | | | | | | | |`);
      continue;
    }
    const { button, forms } = kit.cost;
    const missing = kit.missing.length ? `${kit.missing.join(', ')}: n/a (not yet in the kit)` : '';
    lines.push(
      `| ${label(kit)} | ${kb(button.jsGzip)} | ${cssCell(kit, button)} | ${kb(total(button))} | ${elder?.cost ? ratio(total(button), total(elder.cost.button)) : '—'} ` +
        `| ${kb(forms.jsGzip)} | ${cssCell(kit, forms)} | ${kb(total(forms))} | ${elder?.cost ? ratio(total(forms), total(elder.cost.forms)) : '—'} | ${missing} |`,
    );
  }

  /** @param {string} title @param {'mountButtons' | 'mountForms' | 'switchTheme'} key @param {boolean} withHow */
  const timingTable = (title, key, withHow) => {
    lines.push(
      '',
      title,
      '',
      `| kit |${withHow ? ' how |' : ''} script min | script median | painted min | painted median | × floor | × Elder |`,
      `| --- |${withHow ? ' --- |' : ''} ---: | ---: | ---: | ---: | ---: | ---: |`,
    );
    for (const kit of kits) {
      const stats = kit[key];
      const how = withHow ? ` ${kit.switchHow ?? 'n/a: no theme of its own (unstyled)'} |` : '';
      if (!stats) {
        lines.push(`| ${label(kit)} |${how} — | — | — | — | — | — |`);
        continue;
      }
      const floorStats = floor?.[key];
      const elderStats = elder?.[key];
      lines.push(
        `| ${label(kit)} |${how} ${ms(stats.script.min)} | ${ms(stats.script.median)} | ${ms(stats.paint.min)} | ${ms(stats.paint.median)} ` +
          `| ${floorStats ? ratio(stats.paint.median, floorStats.paint.median) : '—'} | ${elderStats ? ratio(stats.paint.median, elderStats.paint.median) : '—'} |`,
      );
    }
  };
  timingTable(`**Mount ${counts.buttons} Buttons**: ms; ratios on the painted median.`, 'mountButtons', false);
  timingTable(`**Mount ${counts.forms} form sets**: ms; ratios on the painted median.`, 'mountForms', false);
  timingTable(`**Theme switch** on the ${counts.buttons}-Button page (colour scheme and size): ms; ratios on the painted median.`, 'switchTheme', true);

  lines.push(
    '',
    '**Default Button** (label "Confirm"), CSS px: rendered size and font size, before and after the theme switch.',
    '',
    '| kit | size | font size | after the switch | font size |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  for (const kit of kits) {
    const box = kit.button;
    const after = kit.buttonAfterSwitch;
    lines.push(
      `| ${label(kit)} | ${box ? `${px(box.width)} × ${px(box.height)}` : '—'} | ${box ? px(box.fontSize) : '—'} ` +
        `| ${after ? `${px(after.width)} × ${px(after.height)}` : '—'} | ${after ? px(after.fontSize) : '—'} |`,
    );
  }

  lines.push(
    '',
    `${runs} interleaved run${runs === 1 ? '' : 's'}; min and median over the runs. "× floor" and "× Elder" divide a kit's median by the floor's and by Elder UI's: above 1 is slower or bigger.`,
    '',
    '† CSS-in-JS: no static CSS; the figure is the CSS the kit injected at runtime (read from the CSSOM after rendering one Button, or one form set with its dialog open), gzipped.',
    'React Aria Components ships no styles: its figures are behaviour and markup only, and it has no theme to switch.',
  );
  return lines.join('\n');
}
