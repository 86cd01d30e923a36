/** Every built-in string of the kit. A locale supplies all of them. */
export interface Messages {
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

/** The locales the kit ships. */
export const locales = ['en', 'zh-CN', 'zh-TW', 'id'] as const;

/** One of the shipped locales. */
export type Locale = (typeof locales)[number];

/** The built-in strings per locale, in plain language. */
export const messages: Record<Locale, Messages> = {
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
