import { layers } from '@elder-ui/tokens';
import type { StyleRule } from '@vanilla-extract/css';

/** Puts a component rule in the kit's components layer, so an app's own CSS wins. */
export function component(rule: StyleRule): StyleRule {
  return { '@layer': { [layers.components]: rule } };
}
