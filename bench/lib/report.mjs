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
 * The lowest and highest of a kit's painted time over another's in the same run, "1.05–1.42×":
 * how far a ratio of medians moves from run to run, that is, how much of it is noise.
 * @param {{ run: number, paint: number }[]} ours
 * @param {{ run: number, paint: number }[]} theirs
 */
export function perRunRange(ours, theirs) {
  const byRun = new Map(theirs.map(({ run, paint }) => [run, paint]));
  const ratios = ours.flatMap(({ run, paint }) => {
    const other = byRun.get(run);
    return other ? [paint / other] : [];
  });
  if (!ratios.length) return '—';
  const [low, high] = [min(ratios).toFixed(2), Math.max(...ratios).toFixed(2)];
  return low === high ? `${low}×` : `${low}–${high}×`;
}

/**
 * @typedef {{ min: number, median: number, n: number }} Stat
 * @typedef {{ script: Stat, paint: Stat, layout: Stat, paintByRun: { run: number, paint: number }[] }} TimingStats
 * @typedef {{ width: number, height: number, fontSize: number }} Box
 * @typedef {{ scheme: string, schemeAndSize: string }} SwitchHow
 * @typedef {{
 *   id: string, name: string, version: string | null, note?: string, formsOnly?: boolean,
 *   cost: { button: Sizes | null, forms: Sizes } | null,
 *   missing: string[],
 *   switchHow: SwitchHow | null,
 *   mountButtons: TimingStats | null, mountForms: TimingStats | null,
 *   switchScheme: TimingStats | null, switchSchemeAndSize: TimingStats | null,
 *   button: Box | null, buttonAfterSwitch: Box | null,
 *   errors: string[],
 * }} KitResult
 * @typedef {{ js: number, jsGzip: number, css: number, cssGzip: number, runtimeCss: number, runtimeCssGzip: number }} Sizes
 */

/**
 * @param {{ kits: KitResult[], runs: number, counts: { buttons: number, forms: number }, runtimeCssKits: Set<string>, referenceKitId: string }} summary
 */
export function markdownTables({ kits, runs, counts, runtimeCssKits, referenceKitId }) {
  const elder = kits.find((kit) => kit.id === 'elder');
  const floor = kits.find((kit) => kit.id === 'floor');
  const reference = kits.find((kit) => kit.id === referenceKitId);
  const label = (/** @type {KitResult} */ kit) => (kit.version ? `${kit.name} ${kit.version}` : kit.name);
  const noButton = 'n/a: no Button of its own';
  const lines = [];

  const cssGzip = (/** @type {Sizes} */ sizes) => sizes.cssGzip + sizes.runtimeCssGzip;
  const total = (/** @type {Sizes} */ sizes) => sizes.jsGzip + cssGzip(sizes);
  const cssCell = (/** @type {KitResult} */ kit, /** @type {Sizes} */ sizes) =>
    `${kb(cssGzip(sizes))}${runtimeCssKits.has(kit.id) ? ' †' : ''}`;
  /** JS, CSS, total and × Elder of one entry. @param {KitResult} kit @param {Sizes | null} sizes @param {Sizes | null | undefined} elderSizes */
  const costCells = (kit, sizes, elderSizes) =>
    sizes
      ? `${kb(sizes.jsGzip)} | ${cssCell(kit, sizes)} | ${kb(total(sizes))} | ${elderSizes ? ratio(total(sizes), total(elderSizes)) : '—'}`
      : `${noButton} | | |`;
  lines.push(
    "**Bundle cost**: kB gzip (esbuild, minified; react and react-dom external). JS and CSS, their total, and × Elder (total ÷ Elder UI's total).",
    '',
    '| kit | `{Button}` JS | CSS | total | × Elder | form set JS | CSS | total | × Elder | not in the kit |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const kit of kits) {
    if (!kit.cost) {
      lines.push(`| ${label(kit)} | failed | | | | | | | | |`);
      continue;
    }
    const missing = kit.missing.length ? `${kit.missing.join(', ')}: n/a (not yet in the kit)` : '';
    lines.push(
      `| ${label(kit)} | ${costCells(kit, kit.cost.button, elder?.cost?.button)} | ${costCells(kit, kit.cost.forms, elder?.cost?.forms)} | ${missing} |`,
    );
  }

  /**
   * @param {string} title
   * @param {'mountButtons' | 'mountForms' | 'switchScheme' | 'switchSchemeAndSize'} key
   * @param {{ how?: 'scheme' | 'schemeAndSize', byReference?: boolean }} options
   */
  const timingTable = (title, key, { how, byReference = false }) => {
    const ratios = [['floor', floor], ['Elder', elder], ...(byReference ? [['reference', reference]] : [])];
    lines.push(
      '',
      title,
      '',
      `| kit |${how ? ' how |' : ''} script min | script median | painted min | painted median |${ratios.map(([name]) => ` × ${name} |`).join('')} × floor, per run |`,
      `| --- |${how ? ' --- |' : ''} ---: | ---: | ---: | ---: |${ratios.map(() => ' ---: |').join('')} ---: |`,
    );
    for (const kit of kits) {
      const stats = kit[key];
      const buttonPage = key !== 'mountForms';
      const reason = buttonPage && kit.formsOnly ? noButton : how ? 'n/a: no theme of its own (unstyled)' : '—';
      const howCell = how ? ` ${kit.switchHow?.[how] ?? reason} |` : '';
      if (!stats) {
        lines.push(`| ${label(kit)} |${howCell} ${how ? '—' : reason} | — | — | — |${ratios.map(() => ' — |').join('')} — |`);
        continue;
      }
      const ratioCells = ratios.map(([, other]) => {
        const otherStats = /** @type {KitResult | undefined} */ (other)?.[key];
        return ` ${otherStats ? ratio(stats.paint.median, otherStats.paint.median) : '—'} |`;
      });
      lines.push(
        `| ${label(kit)} |${howCell} ${ms(stats.script.min)} | ${ms(stats.script.median)} | ${ms(stats.paint.min)} | ${ms(stats.paint.median)} |${ratioCells.join('')}` +
          ` ${floor?.[key] ? perRunRange(stats.paintByRun, floor[key].paintByRun) : '—'} |`,
      );
    }
  };
  timingTable(`**Mount ${counts.buttons} Buttons**: ms; ratios on the painted median.`, 'mountButtons', {});
  timingTable(
    `**Mount ${counts.forms} form sets**: ms; ratios on the painted median. × reference divides by the unstyled reference (${reference ? reference.name : 'not run'}).`,
    'mountForms',
    { byReference: true },
  );
  timingTable(
    `**Colour-scheme switch** on the ${counts.buttons}-Button page (light to dark, nothing else): ms; ratios on the painted median.`,
    'switchScheme',
    { how: 'scheme' },
  );
  timingTable(
    `**Elder switch** on the ${counts.buttons}-Button page (colour scheme and size together: Elder UI's elder mode, each kit's dark and larger theme): ms; ratios on the painted median.`,
    'switchSchemeAndSize',
    { how: 'schemeAndSize' },
  );

  lines.push(
    '',
    '**Default Button** (label "Confirm"), CSS px: rendered size and font size, before and after the elder switch.',
    '',
    '| kit | size | font size | after the switch | font size |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  for (const kit of kits) {
    if (kit.formsOnly) continue;
    const box = kit.button;
    const after = kit.buttonAfterSwitch;
    lines.push(
      `| ${label(kit)} | ${box ? `${px(box.width)} × ${px(box.height)}` : '—'} | ${box ? px(box.fontSize) : '—'} ` +
        `| ${after ? `${px(after.width)} × ${px(after.height)}` : '—'} | ${after ? px(after.fontSize) : '—'} |`,
    );
  }

  lines.push(
    '',
    `${runs} interleaved run${runs === 1 ? '' : 's'}; min and median over the runs. *Script* is React's synchronous work (render, commit, effects, ` +
      'CSS-in-JS insertion); *painted* is until the frame that shows the result has been painted (style and layout included). ' +
      `"× floor", "× Elder" and "× reference" divide a kit's painted median by the floor's, Elder UI's and the unstyled reference's: above 1 is slower or bigger. ` +
      '"× floor, per run" is the lowest and the highest of the kit\'s painted time over the floor\'s in the same run: how far the ratio moves from run to run.',
    '',
    '† CSS-in-JS: no static CSS; the figure is the CSS the kit injected at runtime (read from the CSSOM after rendering one Button, or one form set with its dialog open), gzipped.',
    'React Aria Components and the unstyled reference ship no styles: their figures are behaviour and markup only, and they have no theme to switch. ' +
      'The reference has no Button of its own (a native `<button>` is the floor\'s), so it runs the form page only.',
  );
  return lines.join('\n');
}
