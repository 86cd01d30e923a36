import { createIcon, type IconData } from '@elder-ui/icons';

/** A square: stop playing. Drawn to the kit's icon spec, used by the read-aloud button. */
const stopIconData: IconData = {
  name: 'stop',
  synonyms: { en: ['stop', 'halt'], 'zh-CN': ['停止', '暂停'] },
  standard: {
    strokeWidth: 1.75,
    paths: [{ d: 'M7 6h10a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1z' }],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [{ d: 'M6.5 5.5h11a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1h-11a1 1 0 0 1-1-1v-11a1 1 0 0 1 1-1z', fill: true }],
  },
};

export const StopIcon = /*#__PURE__*/ createIcon(stopIconData);
