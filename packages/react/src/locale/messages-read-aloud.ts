import type { Locale } from './locales';

/** Built-in strings of read aloud: its button, what it says while reading, and why it cannot. */
export interface ReadAloudMessages {
  /** The word on the button that starts reading a part of the page aloud. */
  readAloud: string;
  /** The same button's word while it reads. */
  readAloudStop: string;
  /** Said politely to screen readers when reading starts. */
  readAloudReading: string;
  /** Said politely to screen readers when reading is stopped. */
  readAloudStopped: string;
  /** Which sentence is being read; `{current}` and `{total}` are numbers. */
  readAloudProgress: string;
  /** The button's words when it cannot read this part: no voice, or no speech in the browser. */
  readAloudUnavailable: string;
  /** Why: no voice for the language; `{language}` is its name, such as "Chinese (Taiwan)". */
  readAloudNoVoice: string;
  /** Why: the browser cannot speak at all. */
  readAloudUnsupported: string;
  /** The help sheet's row that reads the page aloud. */
  readAloudPage: string;
  /** The same row while the page is being read. */
  readAloudPageStop: string;
}

/** The English read-aloud strings: a component's fallback outside any LocaleProvider. */
export const readAloudEn: ReadAloudMessages = {
  readAloud: 'Listen',
  readAloudStop: 'Stop',
  readAloudReading: 'Reading',
  readAloudStopped: 'Stopped',
  readAloudProgress: 'Sentence {current} of {total}',
  readAloudUnavailable: 'Cannot read aloud',
  readAloudNoVoice: 'This device has no {language} voice. You can add one in its text-to-speech settings.',
  readAloudUnsupported: 'This browser cannot read aloud.',
  readAloudPage: 'Listen to this page',
  readAloudPageStop: 'Stop reading',
};

/** The read-aloud strings per locale. */
export const readAloudMessages: Record<Locale, ReadAloudMessages> = {
  en: readAloudEn,
  'zh-CN': {
    readAloud: '朗读',
    readAloudStop: '停止',
    readAloudReading: '正在朗读',
    readAloudStopped: '已停止',
    readAloudProgress: '第 {current} 句，共 {total} 句',
    readAloudUnavailable: '无法朗读',
    readAloudNoVoice: '此设备没有{language}语音。可以在设置的“文字转语音”中添加。',
    readAloudUnsupported: '此浏览器不支持朗读。',
    readAloudPage: '朗读本页',
    readAloudPageStop: '停止朗读',
  },
  'zh-TW': {
    readAloud: '朗讀',
    readAloudStop: '停止',
    readAloudReading: '正在朗讀',
    readAloudStopped: '已停止',
    readAloudProgress: '第 {current} 句，共 {total} 句',
    readAloudUnavailable: '無法朗讀',
    readAloudNoVoice: '此裝置沒有{language}語音。可以在設定的「文字轉語音」中新增。',
    readAloudUnsupported: '此瀏覽器不支援朗讀。',
    readAloudPage: '朗讀本頁',
    readAloudPageStop: '停止朗讀',
  },
  id: {
    readAloud: 'Dengarkan',
    readAloudStop: 'Berhenti',
    readAloudReading: 'Membacakan',
    readAloudStopped: 'Dihentikan',
    readAloudProgress: 'Kalimat {current} dari {total}',
    readAloudUnavailable: 'Tidak bisa dibacakan',
    readAloudNoVoice: 'Perangkat ini tidak punya suara {language}. Anda bisa menambahkannya di pengaturan teks ke ucapan.',
    readAloudUnsupported: 'Browser ini tidak bisa membacakan teks.',
    readAloudPage: 'Dengarkan halaman ini',
    readAloudPageStop: 'Berhenti membacakan',
  },
};
