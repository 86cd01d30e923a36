// @vitest-environment node
// Node, not jsdom: formatAmountInWords must run on a server, with no document.
import { describe, expect, it } from 'vitest';
import { currencyDigits } from './decimal';
import { formatAmountInWords } from './formatAmountInWords';

/** [amount, currency, expected words]. */
type Case = readonly [string, string, string];

const words = (locale: string) => (amount: string, currency: string) => formatAmountInWords(amount, { currency, locale });

/*
 * zh-CN: 大写金额 by the People's Bank of China, 《支付结算办法》 附件一
 * 《正确填写票据和结算凭证的基本规定》 (1997), items 2 to 4:
 * - 2: the digits are 壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分零整;
 * - 3: "人民币" comes first with no gap; "整" after 元, none after 分; after 角 it may be
 *   left out (these tables leave it out);
 * - 4(1): a zero inside is 零 (¥1,409.50 → 壹仟肆佰零玖元伍角);
 * - 4(2): a run of zeros is one 零 (¥6,007.14 → 陆仟零柒元壹角肆分);
 * - 4(3): a zero 万 or 元 digit may take 零 or not; the rules' first forms are used:
 *   ¥1,680.32 → 壹仟陆佰捌拾元零叁角贰分, ¥107,000.53 → 壹拾万柒仟元零伍角叁分;
 * - 4(4): a zero 角 before a non-zero 分 takes 零 after 元 (¥16,409.02 → 壹万陆仟肆佰零玖元零贰分,
 *   ¥325.04 → 叁佰贰拾伍元零肆分).
 * Groups of four digits take 万 and 亿 as Chinese reads numbers (一万零一亿 for 10001 × 10⁸),
 * and 拾 is always written with its digit (壹拾), as bank forms require.
 */
const zhCN: Case[] = [
  ['0', 'CNY', '人民币零元整'],
  ['0.00', 'CNY', '人民币零元整'],
  ['0.01', 'CNY', '人民币壹分'],
  ['0.10', 'CNY', '人民币壹角'],
  ['0.50', 'CNY', '人民币伍角'],
  ['0.15', 'CNY', '人民币壹角伍分'],
  ['1', 'CNY', '人民币壹元整'],
  ['1.00', 'CNY', '人民币壹元整'],
  ['3.08', 'CNY', '人民币叁元零捌分'],
  ['10', 'CNY', '人民币壹拾元整'],
  ['10.05', 'CNY', '人民币壹拾元零伍分'],
  ['15', 'CNY', '人民币壹拾伍元整'],
  ['20.30', 'CNY', '人民币贰拾元零叁角'],
  ['100', 'CNY', '人民币壹佰元整'],
  ['101', 'CNY', '人民币壹佰零壹元整'],
  ['110', 'CNY', '人民币壹佰壹拾元整'],
  ['325.04', 'CNY', '人民币叁佰贰拾伍元零肆分'],
  ['1000', 'CNY', '人民币壹仟元整'],
  ['1001', 'CNY', '人民币壹仟零壹元整'],
  ['1010', 'CNY', '人民币壹仟零壹拾元整'],
  ['1250.00', 'CNY', '人民币壹仟贰佰伍拾元整'],
  ['1409.50', 'CNY', '人民币壹仟肆佰零玖元伍角'],
  ['1680.32', 'CNY', '人民币壹仟陆佰捌拾元零叁角贰分'],
  ['6007.14', 'CNY', '人民币陆仟零柒元壹角肆分'],
  ['10000', 'CNY', '人民币壹万元整'],
  ['10005', 'CNY', '人民币壹万零伍元整'],
  ['10010', 'CNY', '人民币壹万零壹拾元整'],
  ['10100', 'CNY', '人民币壹万零壹佰元整'],
  ['11000', 'CNY', '人民币壹万壹仟元整'],
  ['16409.02', 'CNY', '人民币壹万陆仟肆佰零玖元零贰分'],
  ['23456.78', 'CNY', '人民币贰万叁仟肆佰伍拾陆元柒角捌分'],
  ['100000', 'CNY', '人民币壹拾万元整'],
  ['100010', 'CNY', '人民币壹拾万零壹拾元整'],
  ['100100', 'CNY', '人民币壹拾万零壹佰元整'],
  ['107000.53', 'CNY', '人民币壹拾万柒仟元零伍角叁分'],
  ['1000000', 'CNY', '人民币壹佰万元整'],
  ['10001000', 'CNY', '人民币壹仟万壹仟元整'],
  ['10000001', 'CNY', '人民币壹仟万零壹元整'],
  ['99999999.99', 'CNY', '人民币玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ['100000000', 'CNY', '人民币壹亿元整'],
  ['100000001', 'CNY', '人民币壹亿零壹元整'],
  ['100010000', 'CNY', '人民币壹亿零壹万元整'],
  ['110000000', 'CNY', '人民币壹亿壹仟万元整'],
  ['1000000000', 'CNY', '人民币壹拾亿元整'],
  ['1000000000000', 'CNY', '人民币壹万亿元整'],
  ['1000100000000', 'CNY', '人民币壹万零壹亿元整'],
  ['1250', 'USD', '美元壹仟贰佰伍拾元整'],
  ['5000', 'HKD', '港币伍仟元整'],
  ['300', 'TWD', '新台币叁佰元整'],
  ['88', 'EUR', '欧元捌拾捌元整'],
  ['10000', 'JPY', '日元壹万元整'],
  ['1500000', 'IDR', '印尼盾壹佰伍拾万元整'],
];

/*
 * zh-TW: the same banking rules with the characters on Taiwanese cheques and bank slips
 * (壹 貳 參 肆 伍 陸 柒 捌 玖 拾 佰 仟 萬 億, as the Ministry of Finance's 國字大寫 lists them)
 * and 新臺幣 … 元整 for the New Taiwan dollar.
 */
const zhTW: Case[] = [
  ['0', 'TWD', '新臺幣零元整'],
  ['1', 'TWD', '新臺幣壹元整'],
  ['2', 'TWD', '新臺幣貳元整'],
  ['3', 'TWD', '新臺幣參元整'],
  ['6', 'TWD', '新臺幣陸元整'],
  ['10', 'TWD', '新臺幣壹拾元整'],
  ['12', 'TWD', '新臺幣壹拾貳元整'],
  ['100', 'TWD', '新臺幣壹佰元整'],
  ['1000', 'TWD', '新臺幣壹仟元整'],
  ['1001', 'TWD', '新臺幣壹仟零壹元整'],
  ['1010', 'TWD', '新臺幣壹仟零壹拾元整'],
  ['1250', 'TWD', '新臺幣壹仟貳佰伍拾元整'],
  ['3333', 'TWD', '新臺幣參仟參佰參拾參元整'],
  ['10000', 'TWD', '新臺幣壹萬元整'],
  ['10005', 'TWD', '新臺幣壹萬零伍元整'],
  ['12000', 'TWD', '新臺幣壹萬貳仟元整'],
  ['20600', 'TWD', '新臺幣貳萬零陸佰元整'],
  ['100000', 'TWD', '新臺幣壹拾萬元整'],
  ['100010', 'TWD', '新臺幣壹拾萬零壹拾元整'],
  ['100100', 'TWD', '新臺幣壹拾萬零壹佰元整'],
  ['1000000', 'TWD', '新臺幣壹佰萬元整'],
  ['10001000', 'TWD', '新臺幣壹仟萬壹仟元整'],
  ['36000000', 'TWD', '新臺幣參仟陸佰萬元整'],
  ['99999999', 'TWD', '新臺幣玖仟玖佰玖拾玖萬玖仟玖佰玖拾玖元整'],
  ['100000000', 'TWD', '新臺幣壹億元整'],
  ['100000001', 'TWD', '新臺幣壹億零壹元整'],
  ['100010000', 'TWD', '新臺幣壹億零壹萬元整'],
  ['230000000', 'TWD', '新臺幣貳億參仟萬元整'],
  ['1000000000000', 'TWD', '新臺幣壹萬億元整'],
  ['0.01', 'TWD', '新臺幣壹分'],
  ['0.50', 'TWD', '新臺幣伍角'],
  ['10.05', 'TWD', '新臺幣壹拾元零伍分'],
  ['1409.50', 'TWD', '新臺幣壹仟肆佰零玖元伍角'],
  ['6007.14', 'TWD', '新臺幣陸仟零柒元壹角肆分'],
  ['1680.32', 'TWD', '新臺幣壹仟陸佰捌拾元零參角貳分'],
  ['16409.02', 'TWD', '新臺幣壹萬陸仟肆佰零玖元零貳分'],
  ['107000.53', 'TWD', '新臺幣壹拾萬柒仟元零伍角參分'],
  ['66666.66', 'TWD', '新臺幣陸萬陸仟陸佰陸拾陸元陸角陸分'],
  ['1250', 'CNY', '人民幣壹仟貳佰伍拾元整'],
  ['500', 'HKD', '港幣伍佰元整'],
  ['20.30', 'USD', '美元貳拾元零參角'],
  ['88', 'EUR', '歐元捌拾捌元整'],
  ['30000', 'JPY', '日圓參萬元整'],
  ['2000000', 'IDR', '印尼盾貳佰萬元整'],
];

/*
 * id: terbilang as KBBI gives the numerals (satu … sembilan, sepuluh, sebelas, belas, puluh,
 * seratus, ratus, seribu, ribu, juta, miliar, triliun) and EYD V "Penulisan Angka dan
 * Bilangan": "se-" only for ten, eleven, one hundred and one thousand; "satu juta";
 * 101.000 is "seratus satu ribu", not "seratus seribu". The rupiah is written in whole rupiah.
 */
const id: Case[] = [
  ['0', 'IDR', 'nol rupiah'],
  ['1', 'IDR', 'satu rupiah'],
  ['9', 'IDR', 'sembilan rupiah'],
  ['10', 'IDR', 'sepuluh rupiah'],
  ['11', 'IDR', 'sebelas rupiah'],
  ['12', 'IDR', 'dua belas rupiah'],
  ['19', 'IDR', 'sembilan belas rupiah'],
  ['20', 'IDR', 'dua puluh rupiah'],
  ['21', 'IDR', 'dua puluh satu rupiah'],
  ['99', 'IDR', 'sembilan puluh sembilan rupiah'],
  ['100', 'IDR', 'seratus rupiah'],
  ['101', 'IDR', 'seratus satu rupiah'],
  ['110', 'IDR', 'seratus sepuluh rupiah'],
  ['111', 'IDR', 'seratus sebelas rupiah'],
  ['200', 'IDR', 'dua ratus rupiah'],
  ['999', 'IDR', 'sembilan ratus sembilan puluh sembilan rupiah'],
  ['1000', 'IDR', 'seribu rupiah'],
  ['1001', 'IDR', 'seribu satu rupiah'],
  ['1010', 'IDR', 'seribu sepuluh rupiah'],
  ['1100', 'IDR', 'seribu seratus rupiah'],
  ['2000', 'IDR', 'dua ribu rupiah'],
  ['10000', 'IDR', 'sepuluh ribu rupiah'],
  ['11000', 'IDR', 'sebelas ribu rupiah'],
  ['100000', 'IDR', 'seratus ribu rupiah'],
  ['100100', 'IDR', 'seratus ribu seratus rupiah'],
  ['101000', 'IDR', 'seratus satu ribu rupiah'],
  ['1000000', 'IDR', 'satu juta rupiah'],
  ['1001000', 'IDR', 'satu juta seribu rupiah'],
  ['1250000', 'IDR', 'satu juta dua ratus lima puluh ribu rupiah'],
  ['10001000', 'IDR', 'sepuluh juta seribu rupiah'],
  ['15750000', 'IDR', 'lima belas juta tujuh ratus lima puluh ribu rupiah'],
  ['100000000', 'IDR', 'seratus juta rupiah'],
  [
    '123456789',
    'IDR',
    'seratus dua puluh tiga juta empat ratus lima puluh enam ribu tujuh ratus delapan puluh sembilan rupiah',
  ],
  ['1000000000', 'IDR', 'satu miliar rupiah'],
  ['2500000000', 'IDR', 'dua miliar lima ratus juta rupiah'],
  ['1000000000000', 'IDR', 'satu triliun rupiah'],
  ['1000000000001', 'IDR', 'satu triliun satu rupiah'],
  ['1', 'USD', 'satu dolar Amerika Serikat'],
  ['10.05', 'USD', 'sepuluh dolar Amerika Serikat lima sen'],
  ['0.50', 'USD', 'lima puluh sen'],
  ['1250.50', 'CNY', 'seribu dua ratus lima puluh yuan lima puluh fen'],
  ['10000', 'JPY', 'sepuluh ribu yen'],
  ['0.01', 'EUR', 'satu sen'],
  ['1000.10', 'HKD', 'seribu dolar Hong Kong sepuluh sen'],
  ['300', 'TWD', 'tiga ratus dolar Taiwan baru'],
];

/*
 * en: US cheque style, as the Chicago Manual of Style spells numbers (9.7: hyphens in
 * twenty-one to ninety-nine) with no "and" inside a number and short-scale names; the
 * minor units follow "and". "yuan", "yen" and "rupiah" have no plural.
 */
const en: Case[] = [
  ['0', 'CNY', 'zero yuan'],
  ['1', 'USD', 'one dollar'],
  ['2', 'USD', 'two dollars'],
  ['0.01', 'USD', 'one cent'],
  ['0.05', 'USD', 'five cents'],
  ['0.50', 'CNY', 'fifty fen'],
  ['1.01', 'USD', 'one dollar and one cent'],
  ['10', 'CNY', 'ten yuan'],
  ['10.05', 'CNY', 'ten yuan and five fen'],
  ['11', 'CNY', 'eleven yuan'],
  ['13', 'CNY', 'thirteen yuan'],
  ['20', 'CNY', 'twenty yuan'],
  ['21', 'CNY', 'twenty-one yuan'],
  ['40', 'CNY', 'forty yuan'],
  ['99', 'CNY', 'ninety-nine yuan'],
  ['80.18', 'CNY', 'eighty yuan and eighteen fen'],
  ['100', 'CNY', 'one hundred yuan'],
  ['101', 'CNY', 'one hundred one yuan'],
  ['110', 'CNY', 'one hundred ten yuan'],
  ['115', 'CNY', 'one hundred fifteen yuan'],
  ['1000', 'CNY', 'one thousand yuan'],
  ['1001', 'CNY', 'one thousand one yuan'],
  ['1010', 'CNY', 'one thousand ten yuan'],
  ['1250', 'CNY', 'one thousand two hundred fifty yuan'],
  ['1250.00', 'CNY', 'one thousand two hundred fifty yuan'],
  ['10000', 'CNY', 'ten thousand yuan'],
  ['12345', 'CNY', 'twelve thousand three hundred forty-five yuan'],
  ['100000', 'CNY', 'one hundred thousand yuan'],
  ['100100', 'CNY', 'one hundred thousand one hundred yuan'],
  ['1000000', 'CNY', 'one million yuan'],
  ['1000001', 'CNY', 'one million one yuan'],
  ['10001000', 'CNY', 'ten million one thousand yuan'],
  ['100000000', 'CNY', 'one hundred million yuan'],
  ['1000000000', 'CNY', 'one billion yuan'],
  ['1000000000000', 'CNY', 'one trillion yuan'],
  ['1000000000000000', 'CNY', 'one quadrillion yuan'],
  ['17.90', 'USD', 'seventeen dollars and ninety cents'],
  ['1250.50', 'USD', 'one thousand two hundred fifty dollars and fifty cents'],
  ['1', 'EUR', 'one euro'],
  ['2.02', 'EUR', 'two euros and two cents'],
  ['500', 'HKD', 'five hundred Hong Kong dollars'],
  ['1', 'TWD', 'one New Taiwan dollar'],
  ['10000', 'JPY', 'ten thousand yen'],
  ['1500000', 'IDR', 'one million five hundred thousand rupiah'],
];

describe('formatAmountInWords', () => {
  it('runs where there is no document, as on a server', () => {
    expect(typeof document).toBe('undefined');
    expect(formatAmountInWords('1250.00', { currency: 'CNY', locale: 'zh-CN' })).toBe('人民币壹仟贰佰伍拾元整');
  });

  it.each(zhCN)('writes %s %s as 大写金额 in zh-CN: %s', (amount, currency, expected) => {
    expect(words('zh-CN')(amount, currency)).toBe(expected);
  });

  it.each(zhTW)('writes %s %s with Taiwan’s characters in zh-TW: %s', (amount, currency, expected) => {
    expect(words('zh-TW')(amount, currency)).toBe(expected);
  });

  it.each(id)('writes %s %s as terbilang in id: %s', (amount, currency, expected) => {
    expect(words('id')(amount, currency)).toBe(expected);
  });

  it.each(en)('writes %s %s in English: %s', (amount, currency, expected) => {
    expect(words('en')(amount, currency)).toBe(expected);
  });

  it('holds at least 40 cases per language', () => {
    for (const table of [zhCN, zhTW, id, en]) expect(table.length).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ['zh-Hans', '人民币壹仟贰佰伍拾元整'],
    ['zh', '人民币壹仟贰佰伍拾元整'],
    ['zh-SG', '人民币壹仟贰佰伍拾元整'],
    ['zh-Hant', '人民幣壹仟貳佰伍拾元整'],
    ['zh-HK', '人民幣壹仟貳佰伍拾元整'],
    ['en-GB', 'one thousand two hundred fifty yuan'],
    ['id-ID', 'seribu dua ratus lima puluh yuan'],
    ['in', 'seribu dua ratus lima puluh yuan'],
  ])('reads the locale %s as its language and script', (locale, expected) => {
    expect(formatAmountInWords('1250', { currency: 'CNY', locale })).toBe(expected);
  });

  it('takes the currency code in any case', () => {
    expect(formatAmountInWords('1', { currency: 'usd', locale: 'en' })).toBe('one dollar');
  });

  it.each(['', ' ', 'NaN', 'abc', '1,000', '1.000,50', ' 12', '12 ', '1.', '.5', '+1', '1e3', 'Infinity', '0x10', '１２'])(
    'refuses %j: not a decimal string',
    (amount) => {
      expect(() => formatAmountInWords(amount, { currency: 'CNY', locale: 'en' })).toThrow(
        new RangeError(`formatAmountInWords: "${amount}" is not an amount. Give digits with an optional decimal point, such as "1250.10".`),
      );
    },
  );

  it.each(['-1', '-0.50', '\u22125'])('refuses %j: below zero', (amount) => {
    expect(() => formatAmountInWords(amount, { currency: 'CNY', locale: 'zh-CN' })).toThrow(RangeError);
    expect(() => formatAmountInWords(amount, { currency: 'CNY', locale: 'zh-CN' })).toThrow(/below zero/);
  });

  it.each([
    ['10.005', 'CNY'],
    ['0.001', 'USD'],
    ['1.5', 'JPY'],
    ['1.0', 'JPY'],
    ['1250000.50', 'IDR'],
  ])('refuses %s %s rather than round: more decimals than the currency has', (amount, currency) => {
    expect(() => formatAmountInWords(amount, { currency, locale: 'en' })).toThrow(RangeError);
    expect(() => formatAmountInWords(amount, { currency, locale: 'en' })).toThrow(/more decimals than .* It is not rounded/);
  });

  it.each(['GBP', 'KWD', 'XYZ', 'RMB', ''])('refuses the currency %j, which it has no words for', (currency) => {
    expect(() => formatAmountInWords('1', { currency, locale: 'en' })).toThrow(RangeError);
    expect(() => formatAmountInWords('1', { currency, locale: 'en' })).toThrow(/no words for the currency/);
  });

  it.each(['ja', 'fr', 'ms', 'ko-KR'])('refuses the locale %s, which it has no words for', (locale) => {
    expect(() => formatAmountInWords('1', { currency: 'CNY', locale })).toThrow(/no words for the locale/);
  });

  it('refuses a locale that is not a language tag', () => {
    expect(() => formatAmountInWords('1', { currency: 'CNY', locale: 'not a tag!' })).toThrow(RangeError);
  });

  it('refuses amounts of 10¹⁶ or more, and writes the largest below', () => {
    expect(() => formatAmountInWords('10000000000000000', { currency: 'CNY', locale: 'en' })).toThrow(/too large/);
    expect(formatAmountInWords('9999999999999999.99', { currency: 'CNY', locale: 'zh-CN' })).toBe(
      '人民币玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分',
    );
  });

  it('is exact where a floating-point number would not be', () => {
    // 9007199254740993 is the first integer a double cannot hold; 0.1 + 0.2 is not 0.3.
    expect(formatAmountInWords('9007199254740993', { currency: 'JPY', locale: 'en' })).toBe(
      'nine quadrillion seven trillion one hundred ninety-nine billion two hundred fifty-four million seven hundred forty thousand nine hundred ninety-three yen',
    );
    expect(formatAmountInWords('0.30', { currency: 'CNY', locale: 'zh-CN' })).toBe('人民币叁角');
  });
});

describe('currencyDigits', () => {
  it.each([
    ['CNY', 2],
    ['USD', 2],
    ['TWD', 2],
    ['JPY', 0],
    // ISO 4217 says 2, but rupiah amounts are whole: pinned to 0 whatever the engine's data.
    ['IDR', 0],
  ])('gives %s %d digits after the point', (currency, digits) => {
    expect(currencyDigits(currency)).toBe(digits);
  });
});
