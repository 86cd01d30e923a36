import { messages } from '@elder-ui/react';
import { defaultTextSize, modeTokens, modes, textSizes, vars, type Mode, type ModeTokens, type TextSize } from '@elder-ui/tokens';
import { useId, useState } from 'react';
import { modeLabel, TableHead } from './parts';
import { styles } from './styles';
import { browserRootPx, formatNumber, tokenPx } from './units';

/** The steps of the type scale, smallest first, as the contract names them. */
type SizeName = keyof ModeTokens['fontSize'];

/** Headings set their own, tighter line height; everything else reads at the body's. */
const headingSizes: readonly SizeName[] = ['title', 'heading', 'display'];

/** The line height a size is set with. */
export function lineHeightOf(mode: Mode, size: SizeName): number {
  const { lineHeight } = modeTokens[mode];
  return Number(headingSizes.includes(size) ? lineHeight.heading : lineHeight.body);
}

/** What 1rem is at a text-size step, in CSS px, with the browser's own size at 16 px. */
export const rootPxAt = (step: TextSize) => (browserRootPx * step) / 100;


/** Samples in the kit's own words: its description of elder mode, in Chinese and Indonesian. */
const samples = [
  { lang: 'zh-CN', text: messages['zh-CN'].elderModeDescription },
  { lang: 'id', text: messages.id.elderModeDescription },
] as const;

/** Props of {@link TypeScale}. */
export interface TypeScaleProps {
  /**
   * The text-size step shown first.
   * @default 100
   */
  defaultTextSize?: TextSize;
}

/**
 * The type scale of both modes side by side at one text-size step (chosen from `textSizes`):
 * every size in px and rem with its line height, and a Chinese and an Indonesian sample set at
 * that size.
 */
export function TypeScale({ defaultTextSize: initial = defaultTextSize }: TypeScaleProps) {
  const [step, setStep] = useState<TextSize>(initial);
  const name = useId();
  const root = rootPxAt(step);
  const sizes = Object.keys(modeTokens.standard.fontSize) as SizeName[];
  return (
    <div style={{ display: 'grid', gap: vars.space.lg }}>
      <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: vars.space.md }}>
        <legend style={styles.caption}>Text size</legend>
        {textSizes.map((size) => (
          <label key={size} style={{ display: 'inline-flex', alignItems: 'center', gap: vars.space.xs, minHeight: vars.target.control }}>
            <input type="radio" name={name} value={size} checked={size === step} onChange={() => setStep(size)} />
            {size} %
          </label>
        ))}
      </fieldset>
      <p style={{ margin: 0 }}>
        At {step} %, 1rem is {formatNumber(root)} px.
      </p>
      <div style={{ overflowX: 'auto' }}>
        <table style={styles.table} aria-label={`Type scale at ${step} %`}>
          <TableHead columns={modes.map((mode) => modeLabel[mode])} />
          <tbody>
            {sizes.map((size) => (
              <tr key={size}>
                <th scope="row" style={{ ...styles.td, textAlign: 'start' }}>
                  <code>--eui-font-size-{size}</code>
                </th>
                {modes.map((mode) => {
                  const value = modeTokens[mode].fontSize[size];
                  const px = tokenPx(value, root);
                  const lineHeight = lineHeightOf(mode, size);
                  return (
                    <td key={mode} style={styles.td} data-mode={mode}>
                      <p style={{ margin: 0 }}>
                        {formatNumber(px)} px · {value} · line height {lineHeight} ({formatNumber(px * lineHeight)} px)
                      </p>
                      {samples.map((sample) => (
                        <p key={sample.lang} lang={sample.lang} style={{ margin: `${vars.space.xs} 0 0`, fontSize: `${px}px`, lineHeight }}>
                          {sample.text}
                        </p>
                      ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Every size in px at every text-size step, both modes: the numbers of the scale at a glance. */
export function TypeScaleSteps() {
  const sizes = Object.keys(modeTokens.standard.fontSize) as SizeName[];
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={styles.table} aria-label="Font sizes in px at each text size">
        <TableHead columns={textSizes.map((step) => `${step} %`)} />
        <tbody>
          {sizes.map((size) => (
            <tr key={size}>
              <th scope="row" style={{ ...styles.td, textAlign: 'start' }}>
                <code>{size}</code>
              </th>
              {textSizes.map((step) => (
                <td key={step} style={styles.td}>
                  {modes.map((mode) => formatNumber(tokenPx(modeTokens[mode].fontSize[size], rootPxAt(step)))).join(' | ')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p style={{ margin: `${vars.space.xs} 0 0` }}>Each cell reads standard | elder, in CSS px.</p>
    </div>
  );
}
