import { modeTokens, modes, vars, type ModeTokens } from '@elder-ui/tokens';
import { modeLabel, TableHead } from './parts';
import { styles } from './styles';
import { formatNumber, tokenPx } from './units';


const bar = (width: string) => ({
  display: 'block',
  width,
  height: '0.75rem',
  backgroundColor: vars.color.primary.bg,
  borderRadius: '2px',
});

/** Every spacing step of both modes, in px and rem, each drawn as a bar of its own length. */
export function SpacingSteps() {
  const steps = Object.keys(modeTokens.standard.space) as (keyof ModeTokens['space'])[];
  return (
    <table style={styles.table} aria-label="Spacing steps">
      <TableHead columns={modes.map((mode) => modeLabel[mode])} />
      <tbody>
        {steps.map((step) => (
          <tr key={step}>
            <th scope="row" style={{ ...styles.td, textAlign: 'start' }}>
              <code>--eui-space-{step}</code>
            </th>
            {modes.map((mode) => {
              const value = modeTokens[mode].space[step];
              return (
                <td key={mode} style={styles.td}>
                  <span>
                    {formatNumber(tokenPx(value))} px · {value}
                  </span>
                  <span aria-hidden="true" style={bar(value)} />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The target sizes a control must reach, by what it is. */
const targetKinds = [
  { token: 'control', label: 'Any control' },
  { token: 'primary', label: 'Primary action or list row' },
] as const;

/**
 * The target sizes of both modes drawn to scale (each square is the token itself as CSS, so
 * it is as large as a control's hit area), with two targets set apart by the gap token.
 */
export function TargetSizes() {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(16rem, 100%), 1fr))', gap: vars.space.xl }}>
      {modes.map((mode) => {
        const { target } = modeTokens[mode];
        return (
          <figure key={mode} style={{ margin: 0 }} aria-label={`${modeLabel[mode]} targets`}>
            <figcaption style={styles.caption}>{modeLabel[mode]}</figcaption>
            <ul style={{ ...styles.list, gap: vars.space.md }}>
              {targetKinds.map(({ token, label }) => {
                const px = tokenPx(target[token]);
                return (
                  <li key={token} style={styles.pair} data-target={token}>
                    <span
                      aria-hidden="true"
                      data-square=""
                      style={{ display: 'block', flex: 'none', width: target[token], height: target[token], border: `2px solid ${vars.color.border.control}`, boxSizing: 'border-box', borderRadius: vars.radius.sm }}
                    />
                    <span>
                      {label}: {formatNumber(px)} × {formatNumber(px)} px (<code>--eui-target-{token}</code>, <code>{target[token]}</code>)
                    </span>
                  </li>
                );
              })}
              <li style={styles.pair} data-target="gap">
                <span aria-hidden="true" style={{ display: 'flex', flex: 'none', gap: target.gap }}>
                  {[0, 1].map((index) => (
                    <span
                      key={index}
                      data-gap-square=""
                      style={{ display: 'block', width: target.control, height: target.control, backgroundColor: vars.color.bg.subtle, border: `2px solid ${vars.color.border.control}`, boxSizing: 'border-box', borderRadius: vars.radius.sm }}
                    />
                  ))}
                </span>
                <span>
                  Gap between targets: {formatNumber(tokenPx(target.gap))} px (<code>--eui-target-gap</code>)
                </span>
              </li>
            </ul>
          </figure>
        );
      })}
    </div>
  );
}
