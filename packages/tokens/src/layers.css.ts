import { globalLayer } from '@vanilla-extract/css';

/**
 * The kit's cascade layers, declared once in this order. Everything the kit
 * styles sits in a layer, so an app's own unlayered CSS always wins without `!important`.
 */
export const layers = {
  tokens: globalLayer('eui-tokens'),
  base: globalLayer('eui-base'),
  components: globalLayer('eui-components'),
};
