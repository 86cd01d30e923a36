import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link ScanIcon}. */
export const scanIconData: IconData = {
  name: 'scan',
  synonyms: {
    en: ['qr code', 'scanner', 'camera scan'],
    'zh-CN': ['扫一扫', '扫码', '二维码'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M3.5 8V5.5a2 2 0 0 1 2 -2H8' },
      { d: 'M16 3.5H18.5a2 2 0 0 1 2 2V8' },
      { d: 'M20.5 16V18.5a2 2 0 0 1 -2 2H16' },
      { d: 'M8 20.5H5.5a2 2 0 0 1 -2 -2V16' },
      { d: 'M8 7.5h2.5a.5 .5 0 0 1 .5 .5v2.5a.5 .5 0 0 1 -.5 .5h-2.5a.5 .5 0 0 1 -.5 -.5v-2.5a.5 .5 0 0 1 .5 -.5z' },
      { d: 'M13.5 7.5h2.5a.5 .5 0 0 1 .5 .5v2.5a.5 .5 0 0 1 -.5 .5h-2.5a.5 .5 0 0 1 -.5 -.5v-2.5a.5 .5 0 0 1 .5 -.5z' },
      { d: 'M8 13h2.5a.5 .5 0 0 1 .5 .5v2.5a.5 .5 0 0 1 -.5 .5h-2.5a.5 .5 0 0 1 -.5 -.5v-2.5a.5 .5 0 0 1 .5 -.5z' },
      { d: 'M14.75 14.75h.01' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M3.5 9V6a2.5 2.5 0 0 1 2.5 -2.5H9' },
      { d: 'M15 3.5H18a2.5 2.5 0 0 1 2.5 2.5V9' },
      { d: 'M20.5 15V18a2.5 2.5 0 0 1 -2.5 2.5H15' },
      { d: 'M9 20.5H6a2.5 2.5 0 0 1 -2.5 -2.5V15' },
      { d: 'M7.5 12h9' },
    ],
  },
};

/**
 * A scanning frame. The standard drawing holds a QR code; the elder drawing a single scan line.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <ScanIcon />
 * <ScanIcon label="Scan" />
 */
export const ScanIcon = /*#__PURE__*/ createIcon(scanIconData);
