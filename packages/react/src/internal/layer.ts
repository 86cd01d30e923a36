import { layers } from '@elder-ui/tokens';
import type { StyleRule } from '@vanilla-extract/css';

/** Puts a component rule in the kit's components layer, so an app's own CSS wins. */
export function component(rule: StyleRule): StyleRule {
  return { '@layer': { [layers.components]: rule } };
}

/**
 * One recipe variant per value of an `as const` list, each a components-layer rule. The list a
 * component exports (for stories, tests and input checks) is then the list that builds its
 * classes, and the prop's type comes from the recipe: the values are written once.
 */
export function variantsOf<const V extends string>(values: readonly V[], rule: (value: V) => StyleRule): Record<V, StyleRule> {
  return Object.fromEntries(values.map((value) => [value, component(rule(value))])) as Record<V, StyleRule>;
}
