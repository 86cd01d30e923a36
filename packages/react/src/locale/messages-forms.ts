import type { Locale } from './locales';
import { fieldEn, selectEn } from './own-messages';

/** Built-in strings of the forms components. */
export interface FormMessages {
  /** Said after the label of a field that must be filled in. */
  required: string;
  /** Read before an error message, so it is heard as an error. */
  errorPrefix: string;
  /** The heading of the error summary at the top of a form. */
  errorSummaryTitle: string;
  /** The password toggle's label while the password is hidden. */
  showPassword: string;
  /** The password toggle's label while the password is shown. */
  hidePassword: string;
  /** Announced after the password is shown. */
  passwordShown: string;
  /** Announced after the password is hidden. */
  passwordHidden: string;
  /** An amount that is not a number. */
  amountInvalid: string;
  /** An amount with more decimal places than the currency has. `{digits}` is that number. */
  amountTooManyDecimals: string;
  /** An amount below zero. */
  amountNegative: string;
  /** Said after the words of a link that leaves the site. */
  externalLink: string;
  /** Shown in a select before anything is chosen. */
  selectPlaceholder: string;
  /** In the error summary, for a required field left empty. `{label}` is the field's label. */
  fieldMissing: string;
}

/** The English forms strings: a component's fallback outside any LocaleProvider. */
export const formsEn: FormMessages = {
  required: fieldEn.required,
  errorPrefix: fieldEn.errorPrefix,
  errorSummaryTitle: 'Please fix these problems',
  showPassword: 'Show password',
  hidePassword: 'Hide password',
  passwordShown: 'Password shown',
  passwordHidden: 'Password hidden',
  amountInvalid: 'Enter the amount in numbers only, for example 1,250.50',
  amountTooManyDecimals: 'Use no more than {digits} numbers after the decimal point',
  amountNegative: 'Enter an amount above zero',
  externalLink: '(opens another website)',
  selectPlaceholder: selectEn.selectPlaceholder,
  fieldMissing: '{label}: fill this in or choose one',
};

/** The forms strings per locale. */
export const formsMessages: Record<Locale, FormMessages> = {
  en: formsEn,
  'zh-CN': {
    required: '（必填）',
    errorPrefix: '错误：',
    errorSummaryTitle: '请修改以下问题',
    showPassword: '显示密码',
    hidePassword: '隐藏密码',
    passwordShown: '密码已显示',
    passwordHidden: '密码已隐藏',
    amountInvalid: '请只用数字填写金额，例如 1,250.50',
    amountTooManyDecimals: '小数点后最多填 {digits} 位',
    amountNegative: '请填写大于零的金额',
    externalLink: '（打开其他网站）',
    selectPlaceholder: '请选择',
    fieldMissing: '{label}：请填写或选择',
  },
  'zh-TW': {
    required: '（必填）',
    errorPrefix: '錯誤：',
    errorSummaryTitle: '請修改以下問題',
    showPassword: '顯示密碼',
    hidePassword: '隱藏密碼',
    passwordShown: '密碼已顯示',
    passwordHidden: '密碼已隱藏',
    amountInvalid: '請只用數字填寫金額，例如 1,250.50',
    amountTooManyDecimals: '小數點後最多填 {digits} 位',
    amountNegative: '請填寫大於零的金額',
    externalLink: '（開啟其他網站）',
    selectPlaceholder: '請選擇',
    fieldMissing: '{label}：請填寫或選擇',
  },
  id: {
    required: '(wajib diisi)',
    errorPrefix: 'Kesalahan:',
    errorSummaryTitle: 'Mohon perbaiki masalah berikut',
    showPassword: 'Lihat kata sandi',
    hidePassword: 'Sembunyikan kata sandi',
    passwordShown: 'Kata sandi terlihat',
    passwordHidden: 'Kata sandi disembunyikan',
    amountInvalid: 'Isi jumlah dengan angka saja, misalnya 1.250,50',
    amountTooManyDecimals: 'Gunakan paling banyak {digits} angka di belakang koma',
    amountNegative: 'Isi jumlah lebih dari nol',
    externalLink: '(membuka situs lain)',
    selectPlaceholder: 'Pilih salah satu',
    fieldMissing: '{label}: wajib diisi atau dipilih',
  },
};
