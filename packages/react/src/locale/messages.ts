import { formsMessages, type FormMessages } from './messages-forms';
import { overlaysMessages, type OverlayMessages } from './messages-overlays';
import type { Locale } from './locales';

export { locales, type Locale } from './locales';

/** The strings of the theme switcher and Button. */
interface CoreMessages {
  /** The elder-mode switch's label. */
  elderMode: string;
  /** What elder mode does, with the other names people search for it by. */
  elderModeDescription: string;
  on: string;
  off: string;
  /** The colour scheme choice's label. */
  scheme: string;
  schemeLight: string;
  schemeDark: string;
  schemeSystem: string;
  /** The contrast choice's label. */
  contrast: string;
  contrastStandard: string;
  contrastHigh: string;
  contrastSystem: string;
  /** Said while a button's action is under way. */
  loading: string;
}

/** Every built-in string of the kit. A locale supplies all of them. */
export interface Messages extends CoreMessages, FormMessages, OverlayMessages {}

const coreMessages: Record<Locale, CoreMessages> = {
  en: {
    elderMode: 'Elder mode',
    elderModeDescription: 'Larger text, bigger buttons and stronger contrast. Also called larger text mode.',
    on: 'On',
    off: 'Off',
    scheme: 'Colours',
    schemeLight: 'Light',
    schemeDark: 'Dark',
    schemeSystem: 'Same as device',
    contrast: 'Contrast',
    contrastStandard: 'Standard',
    contrastHigh: 'High',
    contrastSystem: 'Same as device',
    loading: 'Loading',
  },
  'zh-CN': {
    elderMode: '长辈模式',
    elderModeDescription: '字更大、按钮更大、对比更强。也叫长辈版、关怀模式。',
    on: '已开启',
    off: '已关闭',
    scheme: '显示颜色',
    schemeLight: '浅色',
    schemeDark: '深色',
    schemeSystem: '跟随系统',
    contrast: '对比度',
    contrastStandard: '标准',
    contrastHigh: '高对比度',
    contrastSystem: '跟随系统',
    loading: '加载中',
  },
  'zh-TW': {
    elderMode: '長輩模式',
    elderModeDescription: '字更大、按鈕更大、對比更強。也叫長輩版、關懷模式。',
    on: '已開啟',
    off: '已關閉',
    scheme: '顯示顏色',
    schemeLight: '淺色',
    schemeDark: '深色',
    schemeSystem: '跟隨系統',
    contrast: '對比度',
    contrastStandard: '標準',
    contrastHigh: '高對比度',
    contrastSystem: '跟隨系統',
    loading: '載入中',
  },
  id: {
    elderMode: 'Mode lansia',
    elderModeDescription: 'Teks lebih besar, tombol lebih besar, kontras lebih kuat.',
    on: 'Aktif',
    off: 'Nonaktif',
    scheme: 'Warna',
    schemeLight: 'Terang',
    schemeDark: 'Gelap',
    schemeSystem: 'Ikuti perangkat',
    contrast: 'Kontras',
    contrastStandard: 'Standar',
    contrastHigh: 'Tinggi',
    contrastSystem: 'Ikuti perangkat',
    loading: 'Memuat',
  },
};

/** The built-in strings per locale, in plain language. */
export const messages: Record<Locale, Messages> = Object.fromEntries(
  Object.entries(coreMessages).map(([locale, core]) => [
    locale,
    { ...core, ...formsMessages[locale as Locale], ...overlaysMessages[locale as Locale] },
  ]),
) as Record<Locale, Messages>;
