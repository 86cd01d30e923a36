import type { Locale } from './locales';

/** Built-in strings of the help components. */
export interface HelpMessages {
  /** The word on the help button, the same on every screen. */
  help: string;
  /** The title of the sheet the help button opens. */
  helpTitle: string;
  /** The sentence under that title. */
  helpDescription: string;
}

/** The English help strings: a component's fallback outside any LocaleProvider. */
export const helpEn: HelpMessages = {
  help: 'Help',
  helpTitle: 'Get help',
  helpDescription: 'Choose how you would like to get help.',
};

/** The help strings per locale. */
export const helpMessages: Record<Locale, HelpMessages> = {
  en: helpEn,
  'zh-CN': {
    help: '帮助',
    helpTitle: '获取帮助',
    helpDescription: '请选择您需要的帮助方式。',
  },
  'zh-TW': {
    help: '幫助',
    helpTitle: '取得協助',
    helpDescription: '請選擇您需要的協助方式。',
  },
  id: {
    help: 'Bantuan',
    helpTitle: 'Minta bantuan',
    helpDescription: 'Pilih cara Anda ingin dibantu.',
  },
};
