import { Icon, icons, type IconData } from '@elder-ui/icons';
import { modeTokens, modes, themeAttributes, vars, type Mode } from '@elder-ui/tokens';
import { modeLabel } from './parts';
import { styles } from './styles';
import { formatNumber, tokenPx } from './units';


/** The stroke of a drawing in CSS px when the icon renders at the mode's icon size (the grid is 24 wide). */
export function renderedStroke(icon: IconData, mode: Mode): number {
  return (icon[mode].strokeWidth * tokenPx(modeTokens[mode].icon.size)) / 24;
}

/** Props of {@link IconDrawings}. */
export interface IconDrawingsProps {
  /**
   * The icons to compare, by name.
   * @default ['home', 'pay', 'scan', 'help', 'warning', 'settings']
   */
  names?: readonly string[];
}

/**
 * A few icons drawn large in both drawings, with the numbers that tell them apart: stroke
 * width on the 24 grid, stroke in px at the mode's icon size, and the number of shapes.
 */
export function IconDrawings({ names = ['home', 'pay', 'scan', 'help', 'warning', 'settings'] }: IconDrawingsProps) {
  const chosen = names.map((name) => {
    const icon = icons.find((candidate) => candidate.name === name);
    if (!icon) throw new RangeError(`IconDrawings: there is no icon named "${name}".`);
    return icon;
  });
  return (
    <ul style={{ ...styles.list, gridTemplateColumns: 'repeat(auto-fill, minmax(min(17rem, 100%), 1fr))', gap: vars.space.lg }}>
      {chosen.map((icon) => (
        <li key={icon.name} style={{ border: `1px solid ${vars.color.border.divider}`, borderRadius: vars.radius.md, padding: vars.space.md }}>
          <p style={styles.caption}>{icon.name}</p>
          <div style={{ display: 'flex', gap: vars.space.lg }}>
            {modes.map((mode) => (
              <figure key={mode} style={{ margin: 0 }}>
                {/* The closest theme root picks the drawing, as in an app. */}
                <div {...{ [themeAttributes.mode]: mode }}>
                  <Icon icon={icon} size="4.5rem" />
                </div>
                <figcaption>
                  {modeLabel[mode]}: stroke {icon[mode].strokeWidth} on 24, {formatNumber(renderedStroke(icon, mode))} px at{' '}
                  {formatNumber(tokenPx(modeTokens[mode].icon.size))} px, {icon[mode].paths.length} shapes
                </figcaption>
              </figure>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The range of every number over the whole set, per drawing: what a new icon must fall within. */
export function IconSetSummary() {
  const range = (values: number[]) => `${formatNumber(Math.min(...values))}–${formatNumber(Math.max(...values))}`;
  return (
    <table style={styles.table} aria-label={`All ${icons.length} icons, by drawing`}>
      <thead>
        <tr>
          <th scope="col" style={styles.th}>
            Drawing
          </th>
          <th scope="col" style={styles.th}>
            Stroke on the 24 grid
          </th>
          <th scope="col" style={styles.th}>
            Stroke in px at the mode&apos;s icon size
          </th>
          <th scope="col" style={styles.th}>
            Icon size
          </th>
          <th scope="col" style={styles.th}>
            Shapes per icon
          </th>
        </tr>
      </thead>
      <tbody>
        {modes.map((mode) => (
          <tr key={mode}>
            <th scope="row" style={{ ...styles.td, textAlign: 'start' }}>
              {modeLabel[mode]}
            </th>
            <td style={styles.td}>{range(icons.map((icon) => icon[mode].strokeWidth))}</td>
            <td style={styles.td}>{range(icons.map((icon) => renderedStroke(icon, mode)))} px</td>
            <td style={styles.td}>
              {formatNumber(tokenPx(modeTokens[mode].icon.size))} px (<code>--eui-icon-size</code>)
            </td>
            <td style={styles.td}>{range(icons.map((icon) => icon[mode].paths.length))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
