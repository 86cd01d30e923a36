import type { ComponentType, ReactNode } from 'react';

/** The form-set parts every kit is asked for, besides the Button that opens the dialog. */
export const formParts = ['TextField', 'Checkbox', 'Switch', 'Select', 'Dialog'] as const;
export type FormPart = (typeof formParts)[number];

/**
 * The theme changes the bench times on the Button page, each from the light standard theme:
 * the colour scheme alone (to dark), and the elder switch (to dark and larger at once).
 */
export const themeChanges = ['scheme', 'schemeAndSize'] as const;
export type ThemeChange = (typeof themeChanges)[number];

/** Props of a kit's form set: one of each form part, the dialog closed unless `dialogOpen`. */
export interface FormSetProps {
  index: number;
  /** Opens the dialog, so CSS-in-JS kits inject its styles (the CSS probe only). */
  dialogOpen?: boolean;
}

/** One component kit as the bench drives it. */
export interface Kit {
  /** Wraps the page. `change` is the theme asked for, for kits whose switch is React state; null before any switch. */
  Root: ComponentType<{ change: ThemeChange | null; children: ReactNode }>;
  /** The kit's default Button with a text label; null when the kit has none (the Button page is then skipped). */
  Button: ComponentType<{ children: ReactNode }> | null;
  /** One form set: TextField, Checkbox, Switch, Select, and a Button that opens a Dialog. */
  FormSet: ComponentType<FormSetProps>;
  /** Form parts the kit does not have (left out of its form set). */
  missing: readonly FormPart[];
  /**
   * Makes a theme change outside the harness's state (an attribute or a class).
   * Left out when the change is the `change` prop of {@link Kit.Root}.
   */
  switchTheme?: (change: ThemeChange) => void;
  /** How the kit makes each change, for the table; null when it has no theme of its own. */
  switchHow: Record<ThemeChange, string> | null;
}

/** What a kit module exports besides its {@link Kit}: the entries whose bundle cost is measured. */
export interface CostEntries {
  /** The Button alone, with whatever the kit requires around it to render styled; absent when the kit has no Button. */
  ButtonCost?: ComponentType;
  /** The form set, with whatever the kit requires around it, as an app would have it. */
  FormsCost: ComponentType;
}
