// The core strings, one export per locale, so a component that needs only the
// English defaults (Button) does not bring every language into an app's bundle.
import { buttonEn, switchEn } from './own-messages';

/** The strings of the theme switcher (elder mode, colours, contrast, text size) and Button. */
export interface CoreMessages {
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
  /** The text-size choice's label: the name phone settings give it (WeChat, HarmonyOS). */
  textSize: string;
  /** What the text-size choice does. */
  textSizeDescription: string;
  /** The name of the 100 % step; `{percent}` is the locale's "100%". */
  textSizeStandard: string;
  /** The sample each text-size step is drawn in, at the size it gives body text. */
  textSizeSample: string;
  /** Said while a button's action is under way. */
  loading: string;
}

/** The en strings of the switcher and Button. */
export const coreEn: CoreMessages = {
  elderMode: 'Elder mode',
  elderModeDescription: 'Larger text, bigger buttons and stronger contrast. Also called larger text mode.',
  on: switchEn.on,
  off: switchEn.off,
  scheme: 'Colours',
  schemeLight: 'Light',
  schemeDark: 'Dark',
  schemeSystem: 'Same as device',
  contrast: 'Contrast',
  contrastStandard: 'Standard',
  contrastHigh: 'High',
  contrastSystem: 'Same as device',
  textSize: 'Text size',
  textSizeDescription: 'Makes all the words larger, in elder mode too.',
  textSizeStandard: 'Standard ({percent})',
  textSizeSample: 'Aa',
  loading: buttonEn.loading,
};

/** The zh-CN strings of the switcher and Button. */
export const coreZhCN: CoreMessages = {
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
  textSize: '字体大小',
  textSizeDescription: '放大所有文字，长辈模式下也可以用。',
  textSizeStandard: '标准（{percent}）',
  textSizeSample: 'Aa字',
  loading: '加载中',
};

/** The zh-TW strings of the switcher and Button. */
export const coreZhTW: CoreMessages = {
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
  textSize: '字體大小',
  textSizeDescription: '放大所有文字，長輩模式下也可以用。',
  textSizeStandard: '標準（{percent}）',
  textSizeSample: 'Aa字',
  loading: '載入中',
};

/** The id strings of the switcher and Button. */
export const coreId: CoreMessages = {
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
  textSize: 'Ukuran teks',
  textSizeDescription: 'Memperbesar semua tulisan, juga dalam mode lansia.',
  textSizeStandard: 'Standar ({percent})',
  textSizeSample: 'Aa',
  loading: 'Memuat',
};
