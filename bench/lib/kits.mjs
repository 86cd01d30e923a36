// The kits under test, in table order. `pkg` names the package whose version is reported.

/** @typedef {{ id: string, name: string, pkg: string | null, note?: string }} KitInfo */

/** @type {KitInfo[]} */
export const kits = [
  { id: 'elder', name: 'Elder UI', pkg: '@elder-ui/react' },
  { id: 'antd', name: 'antd', pkg: 'antd' },
  { id: 'mui', name: 'MUI', pkg: '@mui/material' },
  { id: 'chakra', name: 'Chakra UI', pkg: '@chakra-ui/react' },
  { id: 'radix', name: 'Radix Themes', pkg: '@radix-ui/themes' },
  { id: 'rac', name: 'React Aria Components', pkg: 'react-aria-components', note: 'unstyled' },
  { id: 'floor', name: 'floor (plain elements)', pkg: null },
];

/** Kits whose CSS is written at runtime by JavaScript (CSS-in-JS). */
export const runtimeCssKits = new Set(['antd', 'mui', 'chakra']);
