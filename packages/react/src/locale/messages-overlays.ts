import type { Locale } from './locales';
import { closeEn } from './own-messages';

/** Built-in strings of the overlays, feedback and navigation components. */
export interface OverlayMessages {
  /** The close button of dialogs and notifications. */
  close: string;
  /** The safe choice of a confirmation. */
  cancel: string;
  /** The words before the tone of an alert, for screen readers and for the icon's name. */
  toneInfo: string;
  toneSuccess: string;
  toneWarning: string;
  toneDanger: string;
  /** The heading of a fraud or risk warning when none is given. */
  riskTitle: string;
  /** The "call for help" action of a risk warning. */
  callForHelp: string;
  /** The box a person ticks before a money or legal action can go ahead. */
  confirmCheck: string;
  /** Said and shown when the confirm button is pressed before the box is ticked. */
  confirmNeedsCheck: string;
  /** The label of the notification region. */
  notifications: string;
  /** The countdown of a notification; `{seconds}` is replaced. */
  closesIn: string;
  /** "Step {current} of {total}"; both are replaced. */
  stepOf: string;
  /** Said as a progress bar moves; `{percent}` is replaced. */
  percentDone: string;
  /** Said by a progress bar when it reaches the end. */
  done: string;
  /** The words of a skip link. */
  skipToContent: string;
}

/** The English overlays strings: a component's fallback outside any LocaleProvider. */
export const overlaysEn: OverlayMessages = {
  close: closeEn.close,
  cancel: 'Cancel',
  toneInfo: 'Information',
  toneSuccess: 'Done',
  toneWarning: 'Warning',
  toneDanger: 'Problem',
  riskTitle: 'Stop and check: this could be a scam',
  callForHelp: 'Call for help',
  confirmCheck: 'I have checked the details above',
  confirmNeedsCheck: 'Please tick the box first, after checking the details.',
  notifications: 'Notifications',
  closesIn: 'Closes in {seconds} s',
  stepOf: 'Step {current} of {total}',
  percentDone: '{percent}% done',
  done: 'Finished',
  skipToContent: 'Skip to main content',
};

/** The overlays strings per locale. */
export const overlaysMessages: Record<Locale, OverlayMessages> = {
  en: overlaysEn,
  'zh-CN': {
    close: '关闭',
    cancel: '取消',
    toneInfo: '提示',
    toneSuccess: '成功',
    toneWarning: '注意',
    toneDanger: '出错了',
    riskTitle: '请停一下：这可能是诈骗',
    callForHelp: '打电话求助',
    confirmCheck: '我已核对上面的信息',
    confirmNeedsCheck: '请先核对信息，再勾选方框。',
    notifications: '通知',
    closesIn: '{seconds} 秒后关闭',
    stepOf: '第 {current} 步，共 {total} 步',
    percentDone: '已完成 {percent}%',
    done: '已完成',
    skipToContent: '跳到主要内容',
  },
  'zh-TW': {
    close: '關閉',
    cancel: '取消',
    toneInfo: '提示',
    toneSuccess: '成功',
    toneWarning: '注意',
    toneDanger: '出錯了',
    riskTitle: '請停一下：這可能是詐騙',
    callForHelp: '打電話求助',
    confirmCheck: '我已核對上面的資訊',
    confirmNeedsCheck: '請先核對資訊，再勾選方框。',
    notifications: '通知',
    closesIn: '{seconds} 秒後關閉',
    stepOf: '第 {current} 步，共 {total} 步',
    percentDone: '已完成 {percent}%',
    done: '已完成',
    skipToContent: '跳到主要內容',
  },
  id: {
    close: 'Tutup',
    cancel: 'Batal',
    toneInfo: 'Informasi',
    toneSuccess: 'Berhasil',
    toneWarning: 'Peringatan',
    toneDanger: 'Ada masalah',
    riskTitle: 'Berhenti dan periksa: ini bisa penipuan',
    callForHelp: 'Telepon untuk bantuan',
    confirmCheck: 'Saya sudah memeriksa data di atas',
    confirmNeedsCheck: 'Centang kotaknya dulu, setelah memeriksa data.',
    notifications: 'Notifikasi',
    closesIn: 'Tutup dalam {seconds} detik',
    stepOf: 'Langkah {current} dari {total}',
    percentDone: '{percent}% selesai',
    done: 'Selesai',
    skipToContent: 'Langsung ke isi utama',
  },
};

/** Fills `{name}` placeholders in a message. */
export function format(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
