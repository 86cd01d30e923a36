import { layers } from '@elder-ui/tokens';
import { createVar, fallbackVar, globalStyle } from '@vanilla-extract/css';

const inlineInElder = createVar();
const blockOutsideElder = createVar();
const wrapInElder = createVar();

// The mode reaches these parts through inherited custom properties set on every theme
// root, as in @elder-ui/icons, not through `[data-eui-mode="elder"] &`: inheritance
// makes the closest root win, so a standard scope nested in an elder page stays standard.
// Concrete values only: a CSS-wide keyword (initial, revert) in a custom property
// would apply to the property itself, not to the `display` that reads it.
globalStyle('[data-eui-mode="standard"]', {
  '@layer': {
    [layers.components]: { vars: { [inlineInElder]: 'none', [blockOutsideElder]: 'block', [wrapInElder]: 'nowrap' } },
  },
});
globalStyle('[data-eui-mode="elder"]', {
  '@layer': {
    [layers.components]: { vars: { [inlineInElder]: 'inline', [blockOutsideElder]: 'none', [wrapInElder]: 'wrap' } },
  },
});

/** `display` of a part shown only in elder mode, such as the visible word beside a close icon. */
export const elderOnlyInline = fallbackVar(inlineInElder, 'none');

/** `display` of a block that renders nothing in elder mode (MIIT 5.1 for marketing). */
export const blockOutsideElderMode = fallbackVar(blockOutsideElder, 'block');

/** `flex-wrap` that wraps in elder mode instead of scrolling sideways. */
export const wrapInElderMode = fallbackVar(wrapInElder, 'nowrap');
