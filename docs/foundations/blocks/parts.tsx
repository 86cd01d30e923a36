import type { Mode } from '@elder-ui/tokens';
import { styles } from './styles';

/** How the blocks name the two modes. */
export const modeLabel: Record<Mode, string> = { standard: 'Standard', elder: 'Elder' };

/** A table's head row: the row titles' column (tokens, by default), then one column per name. */
export function TableHead({ first = 'Token', columns }: { first?: string; columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        <th scope="col" style={styles.th}>
          {first}
        </th>
        {columns.map((column) => (
          <th key={column} scope="col" style={styles.th}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
