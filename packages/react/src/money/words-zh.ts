import type { AmountInWordsCurrency, AmountToWrite } from './currencies';

/*
 * 大写金额 as banks and cheques write it. The rules are those of the People's Bank of
 * China, 《支付结算办法》 附件一 《正确填写票据和结算凭证的基本规定》:
 * - the amount follows the currency's name with no gap (人民币壹仟元整);
 * - "整" (or "正") after 元 when there are no 角 or 分; none after 分, and optional after 角
 *   (we write none: 人民币伍角);
 * - a run of zeros inside the number is one 零 (¥6,007.14 → 陆仟零柒元壹角肆分);
 * - a zero 角 before a non-zero 分 is written 零 (¥325.04 → 叁佰贰拾伍元零肆分);
 * - where a zero 元 digit before a non-zero 角 may take 零 or not, we write it, the first
 *   form the rules give (¥1,680.32 → 壹仟陆佰捌拾元零叁角贰分);
 * - a zero at the end of a 万 or 亿 group is not read, as the language reads numbers
 *   (¥107,000.53 → 壹拾万柒仟元零伍角叁分, again the first form given);
 * - 拾 always has its digit before it (壹拾), so nothing can be written in front of it.
 * zh-TW writes the same with Taiwan's characters (貳 參 陸 萬 億) and currency names, as on
 * Taiwanese cheques: 新臺幣壹萬貳仟元整.
 */

interface ChineseScript {
  /** 零 to 玖, indexed by digit. */
  digits: string;
  wan: string;
  yi: string;
  names: Record<AmountInWordsCurrency, string>;
}

const simplified: ChineseScript = {
  digits: '零壹贰叁肆伍陆柒捌玖',
  wan: '万',
  yi: '亿',
  names: { CNY: '人民币', HKD: '港币', TWD: '新台币', USD: '美元', EUR: '欧元', JPY: '日元', IDR: '印尼盾' },
};

const traditional: ChineseScript = {
  digits: '零壹貳參肆伍陸柒捌玖',
  wan: '萬',
  yi: '億',
  names: { CNY: '人民幣', HKD: '港幣', TWD: '新臺幣', USD: '美元', EUR: '歐元', JPY: '日圓', IDR: '印尼盾' },
};

const places = ['仟', '佰', '拾', ''];
/** Zero, the same character in both scripts. */
const ling = '零';

/** 1 to 9999, without a leading 零: 1010 → 壹仟零壹拾. */
function group(value: number, script: ChineseScript): string {
  const digits = String(value).padStart(4, '0');
  let text = '';
  let zero = false;
  for (let place = 0; place < 4; place += 1) {
    const digit = Number(digits[place]);
    if (digit === 0) {
      zero = text !== '';
      continue;
    }
    text += (zero ? ling : '') + script.digits[digit] + places[place];
    zero = false;
  }
  return text;
}

/** Joins a higher part and a lower one; a lower part shorter than its places starts with one 零. */
function join(high: string, unit: string, low: number, lowPlaces: number, write: (value: number) => string): string {
  if (low === 0) return high + unit;
  return high + unit + (low < 10 ** (lowPlaces - 1) ? ling : '') + write(low);
}

/** 1 to 99,999,999: 100010 → 壹拾万零壹拾. */
function belowYi(value: number, script: ChineseScript): string {
  const high = Math.floor(value / 10_000);
  const low = value % 10_000;
  if (high === 0) return group(low, script);
  return join(group(high, script), script.wan, low, 4, (rest) => group(rest, script));
}

/** 1 to 10¹⁶ − 1: 100000001 → 壹亿零壹, 10¹² → 壹万亿. */
function whole(value: bigint, script: ChineseScript): string {
  const high = Number(value / 100_000_000n);
  const low = Number(value % 100_000_000n);
  if (high === 0) return belowYi(low, script);
  return join(belowYi(high, script), script.yi, low, 8, (rest) => belowYi(rest, script));
}

/** Writes an amount as 大写金额, in simplified (`zh-CN`) or Taiwan's traditional (`zh-TW`) characters. */
export function chineseWords({ whole: units, minor, currency }: AmountToWrite, variant: 'zh-CN' | 'zh-TW'): string {
  const script = variant === 'zh-TW' ? traditional : simplified;
  const name = script.names[currency];
  if (minor === 0) return `${name}${units === 0n ? ling : whole(units, script)}元整`;
  const jiao = Math.floor(minor / 10);
  const fen = minor % 10;
  let text = name;
  if (units > 0n) {
    text += `${whole(units, script)}元`;
    if (jiao === 0 || units % 10n === 0n) text += ling;
  }
  if (jiao > 0) text += `${script.digits[jiao]}角`;
  if (fen > 0) text += `${script.digits[fen]}分`;
  return text;
}
