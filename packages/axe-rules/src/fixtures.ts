/**
 * Examples kept as data: for each elder rule, HTML (and CSS) that must pass and that must fail.
 * The browser tests of this package run them; other tools (the elder-audit CLI, docs) can
 * inject them into a real browser page and expect the same outcomes.
 *
 * How to run one: put `css` in a <style> and `html` in a container element, then
 * `axe.run(container, { runOnly: { type: 'rule', values: [fixture.rule] } })` with the elder
 * rules registered (with `ruleOptions` if given) and the media in `emulate` applied.
 */
import { type Mode, primaryTarget, rowTarget, targetAttribute, themeAttributes } from '@elder-ui/tokens/contract';
import type { ElderRuleId, ElderRulesOptions } from './types.ts';

/** One example. */
export interface ElderFixture {
  /** The rule under test. */
  rule: ElderRuleId;
  /** What the example shows, as a sentence. */
  name: string;
  /** Markup to put inside the container. */
  html: string;
  /** Style sheet text for the example. */
  css?: string;
  /**
   * `pass`: the rule reports no violation and nothing to review; `fail`: at least one violation;
   * `review`: at least one "needs review" result and no violation.
   */
  expect: 'pass' | 'fail' | 'review';
  /**
   * Selector, inside the container, of an element the rule must report in the expected group
   * (passes, violations or incomplete). Without it a pass may also be "inapplicable".
   */
  target?: string;
  /** Rule options to register the rules with. */
  ruleOptions?: Omit<ElderRulesOptions, 'axe' | 'locale' | 'enabled' | 'helpUrl'>;
  /** Media features to emulate (as Playwright's `page.emulateMedia`). */
  emulate?: { reducedMotion?: 'reduce' | 'no-preference' };
}

/** The mode attribute as markup, such as `mode('elder')`: a theme scope around an example. */
const mode = (value: Mode) => `${themeAttributes.mode}="${value}"`;

/** The marker of a primary action (`primaryTarget`) or a list row, as markup. */
const target = (value: typeof primaryTarget | typeof rowTarget) => `${targetAttribute}="${value}"`;

/** A visually hidden utility, as every kit has one. */
const srOnly =
  '.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}';

/** A simple stroked icon. */
const icon = (stroke = 'currentColor') =>
  `<svg width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="${stroke}" stroke-width="2.5" aria-hidden="true"><path d="M5 5l14 14M19 5L5 19"/></svg>`;

const plainButton = 'button{font:inherit;margin:0;padding:0;border:0;background:#fff;color:#000}';

export const elderFixtures: readonly ElderFixture[] = [
  // ── elder-text-size ──────────────────────────────────────────────
  {
    rule: 'elder-text-size',
    name: 'an 18 px paragraph is large enough',
    html: '<p id="t" style="font-size:18px">Your pension arrives on Friday.</p>',
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-text-size',
    name: 'a 1.25rem paragraph with bold words inside is large enough',
    html: '<p id="t" style="font-size:1.25rem">Pay <strong>¥ 120</strong> to the water company.</p>',
    expect: 'pass',
    target: 'strong',
  },
  {
    rule: 'elder-text-size',
    name: 'a 16 px paragraph is too small',
    html: '<p id="t" style="font-size:16px">Terms apply.</p>',
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-text-size',
    name: 'small print inside large text is too small',
    html: '<p style="font-size:20px">Balance <small id="t">updated 5 minutes ago</small></p>',
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-text-size',
    name: 'a 14 px text field is too small',
    html: '<label>Name <input id="t" style="font-size:14px" value="Li Wei"></label>',
    css: 'label{font-size:20px}',
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-text-size',
    name: 'visually hidden text is not judged',
    html: '<p style="font-size:20px">Search<span class="sr-only" style="font-size:12px"> (opens a dialog)</span></p>',
    css: srOnly,
    expect: 'pass',
  },
  {
    rule: 'elder-text-size',
    name: 'the minimum size is configurable',
    html: '<p id="t" style="font-size:16px">Sixteen pixels is fine here.</p>',
    ruleOptions: { textSize: { minSize: 16 } },
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-text-size',
    name: 'a product that sets a 20 px bar in thresholds fails 18 px text',
    html: '<p id="t" style="font-size:18px">Eighteen pixels is below this bar.</p>',
    ruleOptions: { thresholds: { textSize: 20 } },
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-text-size',
    name: 'a standard-mode part of an elder page is not judged by elder numbers',
    html: `<div ${mode('elder')}><p style="font-size:20px">Elder</p><div ${mode('standard')}><p style="font-size:14px">A standard preview</p></div></div>`,
    expect: 'pass',
  },
  {
    rule: 'elder-text-size',
    name: 'an elder-mode part of a standard page is, at any depth',
    html: `<div ${mode('standard')}><div ${mode('elder')}><section><div><p id="t" style="font-size:14px">Too small here</p></div></section></div></div>`,
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-text-size',
    name: 'a standard part is judged too when standardScopes is off',
    html: `<div ${mode('standard')}><p id="t" style="font-size:14px">Judged anyway</p></div>`,
    ruleOptions: { standardScopes: false },
    expect: 'fail',
    target: '#t',
  },

  // ── elder-target-size ────────────────────────────────────────────
  {
    rule: 'elder-target-size',
    name: 'a 48 × 48 button is large enough',
    html: '<button id="t" style="width:48px;height:48px">OK</button>',
    css: plainButton,
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-target-size',
    name: 'a 40 × 40 button is too small',
    html: '<button id="t" style="width:40px;height:40px">OK</button>',
    css: plainButton,
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-target-size',
    name: 'a 60 × 60 primary action is large enough',
    html: `<button id="t" ${target(primaryTarget)} style="min-width:60px;min-height:60px">Pay</button>`,
    css: plainButton,
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-target-size',
    name: 'a 48 px tall primary action is too small',
    html: `<button id="t" ${target(primaryTarget)} style="width:200px;height:48px">Pay</button>`,
    css: plainButton,
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-target-size',
    name: 'a 50 px tall list row is too small',
    html: `<ul style="list-style:none;margin:0;padding:0;width:320px"><li><a id="t" href="#a" ${target(rowTarget)} style="display:block;height:50px">Electricity bill</a></li></ul>`,
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-target-size',
    name: 'a small checkbox inside a large label counts the label',
    html: '<label style="display:flex;align-items:center;gap:12px;width:300px;min-height:60px"><input id="t" type="checkbox" style="width:20px;height:20px;margin:0"> Remember me</label>',
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-target-size',
    name: 'a small radio counts a separate label associated by for=',
    html: '<input id="t" type="radio" name="r" style="width:20px;height:20px;margin:0"><div style="height:40px"></div><label for="t" style="display:block;width:240px;height:48px">Pay monthly</label>',
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-target-size',
    name: 'a small ARIA radio button counts the label that wraps it',
    html: '<label style="display:flex;align-items:center;gap:12px;width:240px;min-height:48px"><button id="t" type="button" role="radio" aria-checked="false" style="width:20px;height:20px;padding:0"></button> Dark</label>',
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-target-size',
    name: 'a small ARIA switch with no label is too small',
    html: '<button id="t" type="button" role="switch" aria-checked="false" aria-label="Sound" style="width:20px;height:20px;padding:0"></button>',
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-target-size',
    name: 'a small checkbox with a one-line label is too small',
    html: '<input id="t" type="checkbox" style="width:16px;height:16px;margin:0"><label for="t" style="font-size:16px;line-height:1.2">Agree</label>',
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-target-size',
    name: 'a visually hidden checkbox drawn by its large label passes',
    html: '<label style="display:block;width:280px;min-height:60px"><input id="t" class="sr-only" type="checkbox"> Send me reminders</label>',
    css: srOnly,
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-target-size',
    name: 'a link inside a sentence is exempt',
    html: '<p id="p" style="font-size:20px;width:600px">Read the <a id="t" href="#terms">terms and conditions</a> before you sign the contract with your bank today.</p>',
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-target-size',
    name: 'a link standing alone must be large enough',
    html: '<div><a id="t" href="#more" style="font-size:16px;line-height:1.2">More</a></div>',
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-target-size',
    name: 'a disabled button is not judged',
    html: '<button disabled style="width:20px;height:20px">x</button>',
    css: plainButton,
    expect: 'pass',
  },
  {
    rule: 'elder-target-size',
    name: 'the minimum size is configurable',
    html: '<button id="t" style="width:44px;height:44px">OK</button>',
    css: plainButton,
    ruleOptions: { targetSize: { minSize: 44 } },
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-target-size',
    name: 'the 44 px target of a product that sets 44 in thresholds passes',
    html: '<button id="t" style="width:44px;height:44px">OK</button>',
    css: plainButton,
    ruleOptions: { thresholds: { targetSize: 44 } },
    expect: 'pass',
    target: '#t',
  },

  // ── elder-line-height ────────────────────────────────────────────
  {
    rule: 'elder-line-height',
    name: 'body text at 1.6 passes',
    html: '<p id="t" style="font-size:20px;line-height:1.6">Your doctor’s appointment is on Monday at nine.</p>',
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-line-height',
    name: 'body text at exactly 1.5 passes',
    html: '<p id="t" style="font-size:20px;line-height:30px">Exactly one and a half.</p>',
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-line-height',
    name: 'body text at 1.2 fails',
    html: '<p id="t" style="font-size:20px;line-height:1.2">Lines too close together.</p>',
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-line-height',
    name: 'body text at line-height normal fails',
    html: '<p id="t" style="font-size:20px;line-height:normal">The browser default is too tight.</p>',
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-line-height',
    name: 'headings and buttons are not body text',
    html: '<h2 style="line-height:1.1">Account</h2><button style="line-height:1">Save</button>',
    expect: 'pass',
  },
  {
    rule: 'elder-line-height',
    name: 'the minimum ratio is configurable',
    html: '<p id="t" style="font-size:20px;line-height:1.3">MIIT 1.2 asks 1.3.</p>',
    ruleOptions: { lineHeight: { minRatio: 1.3 } },
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-line-height',
    name: 'MIIT\'s 1.3 set in thresholds lets a 1.3 paragraph pass',
    html: '<p id="t" style="font-size:20px;line-height:1.3">MIIT 1.2 asks 1.3.</p>',
    ruleOptions: { thresholds: { lineHeight: 1.3 } },
    expect: 'pass',
    target: '#t',
  },

  // ── elder-contrast ───────────────────────────────────────────────
  {
    rule: 'elder-contrast',
    name: 'black text on white passes',
    html: '<div style="background:#fff;padding:8px"><p id="t" style="color:#000">High contrast</p></div>',
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-contrast',
    name: 'grey text at 4.5:1 fails the 7:1 elder minimum',
    html: '<div style="background:#fff;padding:8px"><p id="t" style="color:#767676">Passes AA, not elder mode</p></div>',
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-contrast',
    name: 'large text gets no allowance: 5.7:1 fails',
    html: '<div style="background:#fff;padding:8px"><p id="t" style="color:#666;font-size:32px;font-weight:700">Large heading</p></div>',
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-contrast',
    name: 'text on a gradient needs review',
    html: '<div style="background-image:linear-gradient(#fff,#ddd);padding:8px"><p id="t" style="color:#000">On a gradient</p></div>',
    expect: 'review',
    target: '#t',
  },
  {
    rule: 'elder-contrast',
    name: 'a text field with a pale border fails',
    html: '<div style="background:#fff;padding:8px"><input id="t" aria-label="Name" style="border:1px solid #ccc;background:#fff;color:#000"></div>',
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-contrast',
    name: 'a text field with a dark border passes',
    html: '<div style="background:#fff;padding:8px"><input id="t" aria-label="Name" style="border:2px solid #595959;background:#fff;color:#000"></div>',
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-contrast',
    name: 'a borderless row button whose words are in child elements passes, with its words checked on their own',
    html: '<div style="background:#fff;padding:8px"><button id="t" style="border:0;background:none;color:#000;font:inherit"><span>Wang Xiaoming</span><span>Saved payee</span></button></div>',
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-contrast',
    name: 'a native checkbox, drawn by the browser, still needs review',
    html: '<div style="background:#fff;padding:8px"><input id="t" type="checkbox" aria-label="Agree"></div>',
    expect: 'review',
    target: '#t',
  },
  {
    rule: 'elder-contrast',
    name: 'a pale icon inside a button fails',
    html: `<div style="background:#fff;padding:8px"><button style="color:#000">${icon('#bbbbbb')} Close</button></div>`,
    css: plainButton,
    expect: 'fail',
    target: 'svg',
  },
  {
    rule: 'elder-contrast',
    name: 'a dark icon inside a button passes',
    html: `<div style="background:#fff;padding:8px"><button style="color:#000">${icon('#333333')} Close</button></div>`,
    css: plainButton,
    expect: 'pass',
    target: 'svg',
  },
  {
    rule: 'elder-contrast',
    name: 'disabled controls are not judged',
    html: '<div style="background:#fff;padding:8px"><input disabled aria-label="Name" style="border:1px solid #eee;color:#aaa" value="n/a"></div>',
    expect: 'pass',
  },

  // ── elder-icon-label ─────────────────────────────────────────────
  {
    rule: 'elder-icon-label',
    name: 'an icon button with only an aria-label fails',
    html: `<button id="t" aria-label="Close">${icon()}</button>`,
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-icon-label',
    name: 'an icon button whose text is visually hidden fails',
    html: `<button id="t">${icon()}<span class="sr-only">Close</span></button>`,
    css: srOnly,
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-icon-label',
    name: 'an icon button with visible text passes',
    html: `<button id="t">${icon()}<span>Close</span></button>`,
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-icon-label',
    name: 'an icon button labelled by visible text beside it passes',
    html: `<div><button id="t" aria-labelledby="cap">${icon()}</button><span id="cap">Scan code</span></div>`,
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-icon-label',
    name: 'a link showing only an image fails',
    html: '<a id="t" href="#home"><img alt="Home" width="32" height="32" src="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%2232%22 height=%2232%22%3E%3Crect width=%2232%22 height=%2232%22/%3E%3C/svg%3E"></a>',
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-icon-label',
    name: 'an icon-font glyph counts as an icon',
    html: '<button id="t" aria-label="Close"><span class="glyph" aria-hidden="true"></span></button>',
    css: '.glyph::before{content:"\\2715"}',
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-icon-label',
    name: 'a radio drawn as a button with a check icon passes when its label shows words',
    html: '<label style="display:flex;gap:8px"><button id="t" type="button" role="radio" aria-checked="true"><svg width="24" height="24" aria-hidden="true"><path d="M4 12l5 5L20 6" stroke="black" fill="none"/></svg></button>Dark</label>',
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-icon-label',
    name: 'a radio drawn as a button with only a check icon and a hidden label fails',
    html: '<label class="sr-only" for="t">Dark</label><button id="t" type="button" role="radio" aria-checked="true"><svg width="24" height="24" aria-hidden="true"><path d="M4 12l5 5L20 6" stroke="black" fill="none"/></svg></button>',
    css: srOnly,
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-icon-label',
    name: 'a text-only button is not an icon control',
    html: '<button>Save</button>',
    expect: 'pass',
  },

  // ── elder-no-truncation ──────────────────────────────────────────
  {
    rule: 'elder-no-truncation',
    name: 'text cut off by an ellipsis fails',
    html: '<p id="t" style="width:120px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">Transfer to Zhang Wei, account ending 4821</p>',
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-no-truncation',
    name: 'an ellipsis style on text that still fits needs review',
    html: '<p id="t" style="width:400px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">Short</p>',
    expect: 'review',
    target: '#t',
  },
  {
    rule: 'elder-no-truncation',
    name: 'an ellipsis style that fits can be made a failure',
    html: '<p id="t" style="width:400px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">Short</p>',
    ruleOptions: { noTruncation: { latent: 'fail' } },
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-no-truncation',
    name: 'text cut off by a fixed height with hidden overflow fails',
    html: '<div id="t" style="width:200px;height:24px;line-height:24px;overflow:hidden">This notice is long enough to wrap onto three or more lines in a narrow box.</div>',
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-no-truncation',
    name: 'text cut off by line-clamp fails',
    html: '<p id="t" style="width:150px;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden">Your parcel from the pharmacy will arrive tomorrow between nine and eleven in the morning.</p>',
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-no-truncation',
    name: 'hidden overflow around text that fits passes',
    html: '<div id="t" style="width:300px;overflow:hidden;border-radius:8px">This text wraps and the box grows with it.</div>',
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-no-truncation',
    name: 'hidden overflow that crops only a picture passes',
    html: '<div id="t" style="width:200px;height:80px;overflow:hidden"><p style="margin:0">Caption</p><div style="width:400px;height:300px;background:#ccc"></div></div>',
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-no-truncation',
    name: 'a tight single line with hidden overflow is not clipped',
    html: '<p id="t" style="font-size:20px;line-height:1;overflow:hidden">Tight line</p>',
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-no-truncation',
    name: 'visually hidden text is not judged',
    html: '<p>Search<span class="sr-only"> (opens a dialog with more options)</span></p>',
    css: srOnly,
    expect: 'pass',
  },

  // ── elder-motion ─────────────────────────────────────────────────
  {
    rule: 'elder-motion',
    name: 'a spinning animation in elder mode fails',
    html: `<div ${mode('elder')}><div id="t" class="spin" style="width:20px;height:20px;background:#000"></div></div>`,
    css: '@keyframes eui-spin{to{transform:rotate(360deg)}}.spin{animation:eui-spin 1s linear infinite}',
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-motion',
    name: 'a transition in elder mode fails',
    html: `<div ${mode('elder')}><button id="t" style="transition:background-color 200ms ease">Save</button></div>`,
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-motion',
    name: 'an animation on a ::before in elder mode fails',
    html: `<div ${mode('elder')}><span id="t" class="pulse">Live</span></div>`,
    css: '@keyframes eui-pulse{50%{opacity:.4}}.pulse::before{content:"";display:inline-block;width:8px;height:8px;animation:eui-pulse 2s infinite}',
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-motion',
    name: 'the reduced-motion reset to 0.01 ms passes in elder mode',
    html: `<div ${mode('elder')}><div id="t" class="spin" style="width:20px;height:20px">·</div></div>`,
    css: '@keyframes eui-spin{to{transform:rotate(360deg)}}.spin{animation:eui-spin 1s linear infinite;animation-duration:0.01ms;animation-iteration-count:1;transition-duration:0.01ms}',
    expect: 'pass',
    target: '#t',
  },
  {
    rule: 'elder-motion',
    name: 'motion in standard mode is not judged',
    html: `<div ${mode('standard')}><div class="spin" style="width:20px;height:20px"></div></div>`,
    css: '@keyframes eui-spin{to{transform:rotate(360deg)}}.spin{animation:eui-spin 1s linear infinite}',
    expect: 'pass',
  },
  {
    rule: 'elder-motion',
    name: 'a standard-mode scope nested in elder mode is not judged',
    html: `<div ${mode('elder')}><div ${mode('standard')}><div class="spin" style="width:20px;height:20px"></div></div></div>`,
    css: '@keyframes eui-spin{to{transform:rotate(360deg)}}.spin{animation:eui-spin 1s linear infinite}',
    expect: 'pass',
  },
  {
    rule: 'elder-motion',
    name: 'motion fails anywhere when the user prefers reduced motion',
    html: '<div><div id="t" class="spin" style="width:20px;height:20px"></div></div>',
    css: '@keyframes eui-spin{to{transform:rotate(360deg)}}.spin{animation:eui-spin 1s linear infinite}',
    emulate: { reducedMotion: 'reduce' },
    expect: 'fail',
    target: '#t',
  },
  {
    rule: 'elder-motion',
    name: 'motion can be judged everywhere',
    html: '<div><div id="t" style="transition:opacity 300ms">Fades</div></div>',
    ruleOptions: { motion: { everywhere: true } },
    expect: 'fail',
    target: '#t',
  },
];
