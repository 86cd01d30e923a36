import type { ComponentType, ReactNode } from 'react';

/** The form-set parts every kit is asked for, besides the Button that opens the dialog. */
export const formParts = ['TextField', 'Checkbox', 'Switch', 'Select', 'Dialog'] as const;
export type FormPart = (typeof formParts)[number];

/** Props of a kit's form set: one of each form part, the dialog closed unless `dialogOpen`. */
export interface FormSetProps {
  index: number;
  /** Opens the dialog, so CSS-in-JS kits inject its styles (the CSS probe only). */
  dialogOpen?: boolean;
}

/** One component kit as the bench drives it. */
export interface Kit {
  /** Wraps the page. `alt` is the switched theme (dark and larger) for kits whose switch is React state. */
  Root: ComponentType<{ alt: boolean; children: ReactNode }>;
  /** The kit's default Button with a text label. */
  Button: ComponentType<{ children: ReactNode }>;
  /** One form set: TextField, Checkbox, Switch, Select, and a Button that opens a Dialog. */
  FormSet: ComponentType<FormSetProps>;
  /** Form parts the kit does not have (left out of its form set). */
  missing: readonly FormPart[];
  /**
   * Switches the theme outside the harness's `alt` state (an attribute or a class).
   * Left out when the switch is the `alt` prop of {@link Kit.Root}.
   */
  switchTheme?: () => void;
  /** How the kit changes colour scheme and size, for the table; null when it has no way of its own. */
  switchHow: string | null;
}

/** What a kit module exports besides its {@link Kit}: the entries whose bundle cost is measured. */
export interface CostEntries {
  /** The Button alone, with whatever the kit requires around it to render styled. */
  ButtonCost: ComponentType;
  /** The form set, with whatever the kit requires around it. */
  FormsCost: ComponentType;
}
