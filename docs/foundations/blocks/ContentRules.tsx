import { formatAmountInWords, locales, messages, type AmountInWordsCurrency } from '@elder-ui/react';
import { vars } from '@elder-ui/tokens';
import { styles } from './styles';

/** The languages the do/don't pairs are written in. */
export const contentLanguages = ['en', 'zh-CN', 'id'] as const;
type ContentLanguage = (typeof contentLanguages)[number];

const languageName: Record<ContentLanguage, string> = { en: 'English', 'zh-CN': '简体中文', id: 'Bahasa Indonesia' };

/** One plain-language rule, with a pair of sentences per language. */
export interface ContentRule {
  title: string;
  why: string;
  pairs: Record<ContentLanguage, { do: string; dont: string }>;
}

/** An amount as figures in the reader's locale, then in the words banks write. */
function amount(value: string, currency: AmountInWordsCurrency, locale: ContentLanguage): string {
  const figures = new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(value));
  return `${figures} (${formatAmountInWords(value, { currency, locale })})`;
}

/** A date with the month in words and the weekday, so day and month cannot swap. */
function longDate(date: Date, locale: ContentLanguage): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

const dueDate = new Date(Date.UTC(2026, 2, 4));

/**
 * The rules for writing to older readers. Amounts in words and long dates are produced by the
 * kit's own `formatAmountInWords` and by `Intl`, so the examples read exactly as the kit writes.
 */
export const contentRules: readonly ContentRule[] = [
  {
    title: 'One idea a sentence, under 20 words (under 40 characters in Chinese)',
    why: 'Short sentences are read once. A second clause is where readers lose their place.',
    pairs: {
      en: {
        do: 'Your card is locked. Call us to unlock it.',
        dont: 'Due to multiple unsuccessful verification attempts, your card has been temporarily restricted pending identity confirmation.',
      },
      'zh-CN': { do: '您的银行卡已锁定。请打电话给我们解锁。', dont: '由于多次验证未通过，您的银行卡已被临时限制使用，待身份核验完成后方可恢复。' },
      id: {
        do: 'Kartu Anda dikunci. Telepon kami untuk membukanya.',
        dont: 'Karena beberapa kali verifikasi gagal, kartu Anda dibatasi sementara sampai identitas Anda dikonfirmasi.',
      },
    },
  },
  {
    title: 'Everyday words, no jargon or abbreviations',
    why: 'Say what the reader does, in the words they use at the bank counter.',
    pairs: {
      en: { do: 'Enter the 6-digit code we sent to your phone.', dont: 'Input OTP for 2FA authentication.' },
      'zh-CN': { do: '请输入我们发到您手机上的 6 位数字。', dont: '请输入 OTP 完成 2FA 鉴权。' },
      id: { do: 'Masukkan 6 angka yang kami kirim ke ponsel Anda.', dont: 'Input OTP untuk autentikasi 2FA.' },
    },
  },
  {
    title: 'Money in figures and in words, with the currency',
    why: 'A misplaced zero costs more than a line of text. Words are how banks confirm an amount.',
    pairs: {
      en: { do: `Send ${amount('1250', 'USD', 'en')} to Li Wei?`, dont: 'Send 1.25k?' },
      'zh-CN': { do: `向李伟转账 ${amount('1250', 'CNY', 'zh-CN')}？`, dont: '转账 0.125 万？' },
      id: { do: `Kirim ${amount('1250000', 'IDR', 'id')} ke Budi?`, dont: 'Kirim 1,25 jt?' },
    },
  },
  {
    title: 'Dates with the month in words and the weekday',
    why: '03/04 is 3 April in one country and 4 March in the next. A weekday lets the reader check.',
    pairs: {
      en: { do: `Your bill is due on ${longDate(dueDate, 'en')}.`, dont: 'Bill due 03/04/26.' },
      'zh-CN': { do: `您的账单在${longDate(dueDate, 'zh-CN')}到期。`, dont: '账单到期日：26/3/4。' },
      id: { do: `Tagihan Anda jatuh tempo pada ${longDate(dueDate, 'id')}.`, dont: 'Jatuh tempo 4/3/26.' },
    },
  },
  {
    title: 'Say what happens next, and how to undo it',
    why: 'Older readers are careful with money. Knowing a step can be undone lowers the fear of pressing.',
    pairs: {
      en: { do: 'Pay now. You can cancel within 2 hours.', dont: 'Submit' },
      'zh-CN': { do: '现在付款。2 小时内可以取消。', dont: '提交' },
      id: { do: 'Bayar sekarang. Anda bisa membatalkan dalam 2 jam.', dont: 'Kirim' },
    },
  },
];

/** Every rule with its do/don't pair in English, Chinese and Indonesian. */
export function ContentRules() {
  return (
    <div style={{ display: 'grid', gap: vars.space.xl }}>
      {contentRules.map((rule) => (
        <section key={rule.title} aria-label={rule.title}>
          <h3 style={styles.heading}>{rule.title}</h3>
          <p style={{ margin: `0 0 ${vars.space.sm}` }}>{rule.why}</p>
          <table style={styles.table}>
            <thead>
              <tr>
                <th scope="col" style={styles.th}>
                  Language
                </th>
                <th scope="col" style={styles.th}>
                  ✓ Do
                </th>
                <th scope="col" style={styles.th}>
                  ✗ Don&apos;t
                </th>
              </tr>
            </thead>
            <tbody>
              {contentLanguages.map((language) => (
                <tr key={language}>
                  <th scope="row" style={{ ...styles.td, textAlign: 'start' }}>
                    {languageName[language]}
                  </th>
                  <td style={styles.td} lang={language}>
                    {rule.pairs[language].do}
                  </td>
                  <td style={styles.td} lang={language}>
                    {rule.pairs[language].dont}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}

/** What each shipped locale calls elder mode, read from the kit's own messages. */
export function ElderModeNames() {
  return (
    <table style={styles.table} aria-label="Names of elder mode per language">
      <thead>
        <tr>
          <th scope="col" style={styles.th}>
            Locale
          </th>
          <th scope="col" style={styles.th}>
            The switch says
          </th>
          <th scope="col" style={styles.th}>
            Its description, with the other names people search for
          </th>
        </tr>
      </thead>
      <tbody>
        {locales.map((locale) => (
          <tr key={locale}>
            <th scope="row" style={{ ...styles.td, textAlign: 'start' }}>
              <code>{locale}</code>
            </th>
            <td style={styles.td} lang={locale}>
              {messages[locale].elderMode}
            </td>
            <td style={styles.td} lang={locale}>
              {messages[locale].elderModeDescription}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
