// The kits under test, in table order. `pkg` names the package (or packages) whose version is reported.

/**
 * @typedef {{ id: string, name: string, pkg: string | string[] | null, note?: string, formsOnly?: boolean }} KitInfo
 * `formsOnly`: the kit has no Button of its own, so only its form set is built and timed.
 */

/** @type {KitInfo[]} */
export const kits = [
  { id: 'elder', name: 'Elder UI', pkg: '@elder-ui/react' },
  { id: 'antd', name: 'antd', pkg: 'antd' },
  { id: 'mui', name: 'MUI', pkg: '@mui/material' },
  { id: 'chakra', name: 'Chakra UI', pkg: '@chakra-ui/react' },
  { id: 'radix', name: 'Radix Themes', pkg: '@radix-ui/themes' },
  { id: 'rac', name: 'React Aria Components', pkg: 'react-aria-components', note: 'unstyled' },
  {
    id: 'radix-primitives',
    name: 'Radix Dialog + Switch, native inputs',
    pkg: ['@radix-ui/react-dialog', '@radix-ui/react-switch'],
    note: 'unstyled reference',
    formsOnly: true,
  },
  { id: 'floor', name: 'floor (plain elements)', pkg: null },
];

/** The unstyled reference the form set is held to: the same set from Radix primitives and native controls. */
export const referenceKitId = 'radix-primitives';

/** Kits whose CSS is written at runtime by JavaScript (CSS-in-JS). */
export const runtimeCssKits = new Set(['antd', 'mui', 'chakra']);
