import { describe, expect, it } from 'vitest';
import { elementSentences, splitSentences, textSentences } from './sentences';

const said = (text: string, lang: string) => textSentences(text, lang).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('splits English at . ! and ?, keeping "Mr." and "Dr." inside their sentence', () => {
    expect(said('Mr. Smith paid Dr. Lee $5.50 today. Is it done? Yes! See e.g. the bill.', 'en')).toEqual([
      'Mr. Smith paid Dr. Lee $5.50 today.',
      'Is it done?',
      'Yes!',
      'See e.g. the bill.',
    ]);
  });

  it('splits Simplified Chinese at 。！？, and keeps decimals whole', () => {
    expect(said('您本月的电费是125.50元。请在3月15日前缴费！逾期会怎样？会加收滞纳金。', 'zh-CN')).toEqual([
      '您本月的电费是125.50元。',
      '请在3月15日前缴费！',
      '逾期会怎样？',
      '会加收滞纳金。',
    ]);
  });

  it('splits Traditional Chinese at 。！？', () => {
    expect(said('您本月的電費是125.50元。請在3月15日前繳費！逾期會怎樣？', 'zh-TW')).toEqual([
      '您本月的電費是125.50元。',
      '請在3月15日前繳費！',
      '逾期會怎樣？',
    ]);
  });

  it('splits Indonesian, keeping "Sdr." and "Bpk." with the name after them and Rupiah amounts whole', () => {
    expect(said('Tagihan Anda Rp 1.250.000. Bayar sebelum pukul 08.00! Sdr. Andi menelepon? Ya, Bpk. Budi.', 'id')).toEqual([
      'Tagihan Anda Rp 1.250.000.',
      'Bayar sebelum pukul 08.00!',
      'Sdr. Andi menelepon?',
      'Ya, Bpk. Budi.',
    ]);
  });

  it('folds line breaks and runs of spaces, and leaves out pieces with nothing to say', () => {
    expect(said('  Line one\n   line two.  Three ', 'en')).toEqual(['Line one line two.', 'Three']);
    expect(said('  …  ', 'en')).toEqual([]);
  });

  it('cuts a sentence too long for one utterance at a comma, never mid-word', () => {
    const clause = '这是一段很长的说明文字没有句号只有逗号';
    const text = `${Array.from({ length: 8 }, () => clause).join('，')}。`;
    const pieces = said(text, 'zh-CN');
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces.slice(0, -1)) expect(piece.endsWith('，')).toBe(true);
    // About 15 s of speech at most: 60 Chinese characters.
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(60);
  });

  it('gives spans that index the text it was given', () => {
    const text = 'One. Two.';
    expect(splitSentences(text, 'en').map(([start, end]) => text.slice(start, end))).toEqual(['One.', 'Two.']);
  });
});

describe('elementSentences', () => {
  function region(html: string) {
    const element = document.createElement('div');
    element.innerHTML = html;
    document.body.append(element);
    return element;
  }

  it('reads as a screen reader does: alt and aria-label, visually hidden text, not aria-hidden or hidden', () => {
    const element = region(`
      <h2>Your bill</h2>
      <p>Pay <img src="x.png" alt="25 dollars"> by Friday<span aria-hidden="true"> ★★★</span>.</p>
      <p hidden>Never shown.</p>
      <p><svg role="img" aria-label="Warning"></svg> Late fees apply<span style="position:absolute;clip:rect(0 0 0 0)"> after 3 days</span>.</p>
      <p style="display:none">Not displayed.</p>
      <p><svg><text>icon text</text></svg>Ends here.</p>`);
    expect(elementSentences(element, 'en').map((sentence) => sentence.text)).toEqual([
      'Your bill',
      'Pay 25 dollars by Friday.',
      'Warning Late fees apply after 3 days.',
      'Ends here.',
    ]);
    element.remove();
  });

  it('leaves out buttons and fields, and reads link text in its sentence', () => {
    const element = region('<p>Read <a href="#terms">the terms</a> first.</p><button>Pay now</button><input aria-label="Amount" value="5">');
    expect(elementSentences(element, 'en').map((sentence) => sentence.text)).toEqual(['Read the terms first.']);
    element.remove();
  });

  it('never runs a sentence across two paragraphs or list items', () => {
    const element = region('<ul><li>Water</li><li>Power</li></ul><p>Total</p>');
    expect(elementSentences(element, 'en').map((sentence) => sentence.text)).toEqual(['Water', 'Power', 'Total']);
    element.remove();
  });

  it('gives each sentence the page range of its words', () => {
    const element = region('<p>您好。请<b>按时</b>缴费。</p>');
    const sentences = elementSentences(element, 'zh-CN');
    expect(sentences.map((sentence) => sentence.range?.toString())).toEqual(['您好。', '请按时缴费。']);
    element.remove();
  });
});
