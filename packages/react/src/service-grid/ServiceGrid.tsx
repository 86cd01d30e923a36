'use client';
import { primaryTarget, targetAttribute } from '@elder-ui/tokens/contract';
import type { RecipeVariants } from '@vanilla-extract/recipes';
import { clsx } from 'clsx/lite';
import { useContext, type ComponentPropsWithRef, type ReactNode } from 'react';
import { isBlank, warnOnce } from '../internal/dev';
import { LocaleContext } from '../locale/context';
import { VisuallyHidden } from '../visually-hidden';
import { ButtonOrLink } from '../internal/button-or-link';
import * as styles from './ServiceGrid.css';

export { serviceGridElderColumns } from './ServiceGrid.css';

type Variants = NonNullable<RecipeVariants<typeof styles.grid>>;

/** Props of {@link ServiceGrid}. */
export interface ServiceGridProps extends ComponentPropsWithRef<'ul'> {
  /**
   * How many tiles share a row in elder mode; standard mode always has four. On a 320 px phone a
   * third of the row leaves about 72 px for 22 px words: three Chinese characters (转账, 缴费),
   * but only four or five Latin letters, so "Transfer" or "Keluarga" would break in the middle.
   * The default follows the locale: three for Chinese, two for English and Indonesian; set it
   * when your words say otherwise. Where the grid has no room for that many targets (a narrow
   * phone at a large text size), it puts fewer in a row rather than scrolling sideways.
   * @default 3 in zh-CN and zh-TW, 2 in en and id
   */
  elderColumns?: Variants['elderColumns'];
}

/**
 * The home grid of big tiles, one {@link ServiceTile} per service: four to a row in standard
 * mode, two or three in elder mode (three for Chinese words, two for longer ones). A list, so
 * screen readers say how many services there are; name it with `aria-label` (or
 * `aria-labelledby` pointing at the heading above it).
 */
export function ServiceGrid({ elderColumns, className, ...props }: ServiceGridProps) {
  const chinese = useContext(LocaleContext)?.locale.startsWith('zh') ?? false;
  return <ul {...props} className={clsx(styles.grid({ elderColumns: elderColumns ?? (chinese ? 3 : 2) }), className)} />;
}

/** Props of {@link ServiceTile}. */
export interface ServiceTileProps extends ComponentPropsWithRef<'button'> {
  /** The service in a word or two ("Transfer", "转账"), shown under the icon. It names the tile. */
  label: ReactNode;
  /** The icon above the word, such as `<TransferIcon />`; hidden from screen readers, since the word names the tile. */
  icon: ReactNode;
  /**
   * News about the service, in words ("3 new", "Due today"), shown under the label and read as
   * part of the tile's name. Never a bare number or dot: colour and a count alone say nothing.
   * @default undefined
   */
  badge?: ReactNode;
  /**
   * Makes the tile a link to this address instead of a button.
   * @default undefined
   */
  href?: string;
  /**
   * Renders the child element (a router's link, such as Next.js `Link`) as the tile; the icon,
   * label and badge go inside it.
   * @default false
   */
  asChild?: boolean;
}

/**
 * One tile of a {@link ServiceGrid}: an icon with its word under it, the whole tile one target,
 * at least 60 × 60 px in elder mode. A button, or a link with `href` or `asChild`.
 */
export function ServiceTile({ label, icon, badge, className, ...props }: ServiceTileProps) {
  if (process.env.NODE_ENV !== 'production' && isBlank(label)) warnOnce('service-tile-label', 'ServiceTile needs a `label`: the word under the icon names the tile.');
  if (process.env.NODE_ENV !== 'production' && (typeof badge === 'string' || typeof badge === 'number') && !/\p{L}/u.test(String(badge))) {
    warnOnce(
      'service-tile-badge',
      `ServiceTile's badge "${badge}" has no words: say what it counts ("${badge} new"), so it is more than a coloured number.`,
    );
  }
  return (
    <li className={styles.item}>
      <ButtonOrLink
        {...{ [targetAttribute]: primaryTarget }}
        {...props}
        className={clsx(styles.tile, className)}
        contents={
          <>
            <span className={styles.icon} aria-hidden="true">
              {icon}
            </span>
            <span className={styles.label}>{label}</span>
            {isBlank(badge) ? null : (
              <>
                {/* Keeps the label and the badge apart in the accessible name: "Bills, 2 due". */}
                <VisuallyHidden>, </VisuallyHidden>
                <span className={styles.badge}>{badge}</span>
              </>
            )}
          </>
        }
      />
    </li>
  );
}
