import { globalLayer } from '@vanilla-extract/css';
import { layerNames } from './theme-contract';

/**
 * The kit's cascade layers, declared once in this order. Everything the kit
 * styles sits in a layer, so an app's own unlayered CSS always wins without `!important`.
 */
export const layers = {
  tokens: globalLayer(layerNames.tokens),
  base: globalLayer(layerNames.base),
  components: globalLayer(layerNames.components),
};
