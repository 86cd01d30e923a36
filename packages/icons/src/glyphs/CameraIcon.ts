import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link CameraIcon}. */
export const cameraIconData: IconData = {
  name: 'camera',
  synonyms: {
    en: ['photo', 'take picture'],
    'zh-CN': ['相机', '拍照', '照相'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M3 8.5a2 2 0 0 1 2-2h2.5L9 4.5h6l1.5 2H19a2 2 0 0 1 2 2V18a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z' },
      { d: 'M8.5 13a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0z' },
      { d: 'M17.5 9.75h.01' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M2.5 8.5a2 2 0 0 1 2-2h3L9 4h6l1.5 2.5h3a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2h-15a2 2 0 0 1-2-2z' },
      { d: 'M8.25 13.25a3.75 3.75 0 1 0 7.5 0a3.75 3.75 0 1 0 -7.5 0z' },
    ],
  },
};

/**
 * A camera: take a photo.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <CameraIcon />
 * <CameraIcon label="Camera" />
 */
export const CameraIcon = /*#__PURE__*/ createIcon(cameraIconData);
