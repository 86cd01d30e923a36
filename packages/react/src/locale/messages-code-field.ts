import type { Locale } from './locales';

/** Built-in strings of the code-field components. */
export interface CodeFieldMessages {
  /** The error when a letter is typed or pasted into a code field. */
  codeNumbersOnly: string;
  /** The toggle that shows the numbers of a masked code (a PIN); pressed while they show. */
  codeShowNumbers: string;
  /** The wait before a new code can be asked for. `{time}` is the time left, as 0:45. */
  codeResendIn: string;
  /** The button that asks for a new code. */
  codeResend: string;
  /** The warning shown before a code stops working. `{time}` is the time left, as 0:20. */
  codeExpiresIn: string;
  /** Said once when the warning appears. `{seconds}` is the number of seconds left. */
  codeExpiryAnnouncement: string;
  /** The button that asks for more time before the code stops working. */
  codeMoreTime: string;
  /** Shown and said once when the code has stopped working. */
  codeExpired: string;
}

/** The English codeField strings: a component's fallback outside any LocaleProvider. */
export const codeFieldEn: CodeFieldMessages = {
  codeNumbersOnly: 'Use numbers only',
  codeShowNumbers: 'Show numbers',
  codeResendIn: 'Resend code in {time}',
  codeResend: 'Resend code',
  codeExpiresIn: 'This code stops working in {time}.',
  codeExpiryAnnouncement: 'This code stops working in {seconds} seconds. If you need more time, choose “I need more time”.',
  codeMoreTime: 'I need more time',
  codeExpired: 'This code has stopped working. Ask for a new code.',
};

/** The code-field strings per locale. */
export const codeFieldMessages: Record<Locale, CodeFieldMessages> = {
  en: codeFieldEn,
  'zh-CN': {
    codeNumbersOnly: '只能填数字',
    codeShowNumbers: '显示数字',
    codeResendIn: '{time} 后可重新获取验证码',
    codeResend: '重新获取验证码',
    codeExpiresIn: '验证码将在 {time} 后失效。',
    codeExpiryAnnouncement: '验证码还有 {seconds} 秒失效。如需更多时间，请选择“我需要更多时间”。',
    codeMoreTime: '我需要更多时间',
    codeExpired: '验证码已失效，请重新获取。',
  },
  'zh-TW': {
    codeNumbersOnly: '只能填數字',
    codeShowNumbers: '顯示數字',
    codeResendIn: '{time} 後可重新取得驗證碼',
    codeResend: '重新取得驗證碼',
    codeExpiresIn: '驗證碼將在 {time} 後失效。',
    codeExpiryAnnouncement: '驗證碼還有 {seconds} 秒失效。如需更多時間，請選擇「我需要更多時間」。',
    codeMoreTime: '我需要更多時間',
    codeExpired: '驗證碼已失效，請重新取得。',
  },
  id: {
    codeNumbersOnly: 'Gunakan angka saja',
    codeShowNumbers: 'Tampilkan angka',
    codeResendIn: 'Kirim ulang kode dalam {time}',
    codeResend: 'Kirim ulang kode',
    codeExpiresIn: 'Kode ini tidak berlaku lagi dalam {time}.',
    codeExpiryAnnouncement: 'Kode ini tidak berlaku lagi dalam {seconds} detik. Jika perlu waktu lagi, pilih “Saya perlu waktu lagi”.',
    codeMoreTime: 'Saya perlu waktu lagi',
    codeExpired: 'Kode ini sudah tidak berlaku. Minta kode baru.',
  },
};
