import {
  defaultContrast,
  defaultLineHeight,
  defaultTargetSize,
  defaultTextSize,
} from './defaults.ts';
import type { ElderLocale, ElderRuleId, ElderRulesOptions } from './types.ts';

/** A rule's `description` and `help`, as axe's locale files hold them. */
export interface ElderRuleText {
  description: string;
  help: string;
}

/** A message, or messages picked by the check's `data.messageKey` (`default` otherwise). */
export type ElderMessage = string | Record<string, string>;

/** A check's messages, as axe's locale files hold them. `${data.x}` is filled by axe. */
export interface ElderCheckText {
  pass: ElderMessage;
  fail: ElderMessage;
  incomplete?: ElderMessage;
}

/** Every text of the elder rules in one language; the shape of an axe `Locale`. */
export interface ElderMessages {
  lang: ElderLocale;
  rules: Record<ElderRuleId, ElderRuleText>;
  checks: Record<ElderRuleId, ElderCheckText>;
}

const en: ElderMessages = {
  lang: 'en',
  rules: {
    'elder-text-size': {
      description: 'Ensures visible text is at least {minText} CSS px in elder mode',
      help: 'Text must be at least {minText} px in elder mode',
    },
    'elder-target-size': {
      description:
        'Ensures interactive targets are at least {minTarget}×{minTarget} CSS px, and primary actions and list rows at least {minPrimary}×{minPrimary}, counting a checkbox or radio label as part of its target',
      help: 'Targets must be at least {minTarget}×{minTarget} px ({minPrimary}×{minPrimary} px for primary actions and list rows)',
    },
    'elder-line-height': {
      description: 'Ensures body text has a line height of at least {minLineHeight} times its font size',
      help: 'Body text line height must be at least {minLineHeight}',
    },
    'elder-contrast': {
      description:
        'Ensures text has at least {textContrast}:1 contrast and icons and control boundaries at least {nonTextContrast}:1',
      help: 'Text needs {textContrast}:1 contrast, icons and control borders {nonTextContrast}:1',
    },
    'elder-icon-label': {
      description: 'Ensures no control shows only an icon: its name is also visible as text',
      help: 'Icon controls must show their name as visible text',
    },
    'elder-no-truncation': {
      description: 'Ensures text is never cut off by an ellipsis, line-clamp or hidden overflow: it wraps instead',
      help: 'Text must wrap, not be truncated or clipped',
    },
    'elder-motion': {
      description:
        'Ensures nothing animates or transitions in elder mode or when the user prefers reduced motion',
      help: 'No animation or transition in elder mode or under reduced motion',
    },
  },
  checks: {
    'elder-text-size': {
      pass: 'Text is ${data.fontSize} px (at least ${data.minSize} px)',
      fail: 'Text is ${data.fontSize} px; elder mode needs at least ${data.minSize} px',
    },
    'elder-target-size': {
      pass: {
        default: 'Target is ${data.width}×${data.height} px (at least ${data.minSize}×${data.minSize} px)',
        label: 'Target with its label is ${data.width}×${data.height} px (at least ${data.minSize}×${data.minSize} px)',
        inline: 'Link sits inside a block of text, which is exempt',
      },
      fail: {
        default: 'Target is ${data.width}×${data.height} px; elder mode needs at least ${data.minSize}×${data.minSize} px',
        primary:
          'Primary action or list row is ${data.width}×${data.height} px; elder mode needs at least ${data.minSize}×${data.minSize} px',
      },
    },
    'elder-line-height': {
      pass: 'Line height is ${data.lineHeight} × the font size (at least ${data.minLineHeight})',
      fail: {
        default: 'Line height is ${data.lineHeight} × the font size; body text needs at least ${data.minLineHeight}',
        normal: 'Line height is "normal" (about 1.2 × the font size); body text needs at least ${data.minLineHeight}',
      },
    },
    'elder-contrast': {
      pass: {
        default: 'Contrast is ${data.contrastRatio}:1 (at least ${data.expectedContrastRatio}:1)',
        nothingOwn: 'No border and no words of its own: its words and icons are checked on their own',
      },
      fail: {
        default: 'Contrast is ${data.contrastRatio}:1; elder mode needs ${data.expectedContrastRatio}:1',
        text: 'Text contrast is ${data.contrastRatio}:1 (${data.fgColor} on ${data.bgColor}); elder mode needs ${data.expectedContrastRatio}:1',
        boundary:
          'Control boundary contrast is ${data.contrastRatio}:1 (${data.fgColor} against ${data.bgColor}); elder mode needs ${data.expectedContrastRatio}:1',
        icon: 'Icon contrast is ${data.contrastRatio}:1 (${data.fgColor} on ${data.bgColor}); elder mode needs ${data.expectedContrastRatio}:1',
      },
      incomplete: {
        default: 'Contrast could not be measured (${data.reason}); check it by eye',
        bgImage: 'Contrast could not be measured: there is a background image; check it by eye',
        bgGradient: 'Contrast could not be measured: there is a background gradient; check it by eye',
        imgNode: 'Contrast could not be measured: the element is drawn over an image; check it by eye',
        bgOverlap: 'Contrast could not be measured: another element overlaps it; check it by eye',
        elmPartiallyObscured: 'Contrast could not be measured: the background covers only part of the text; check it by eye',
        outsideViewport: 'Contrast could not be measured: the element is outside the viewport; scroll to it and check again',
        paintServer: 'Icon is painted with a gradient or pattern; check its contrast by eye',
        noPaint: 'No colour to measure was found; check it by eye',
        textShadow:
          'Text contrast is ${data.contrastRatio}:1 without its text shadow; check by eye whether the shadow makes it readable',
      },
    },
    'elder-icon-label': {
      pass: {
        default: 'Control shows visible text: "${data.text}"',
        labelledby: 'Control is labelled by visible text beside it: "${data.text}"',
      },
      fail: 'Control shows only an icon; show its name as text beside or under the icon',
      incomplete: 'Image button: check that the image shows its name in words',
    },
    'elder-no-truncation': {
      pass: 'No text is cut off',
      fail: {
        default: 'Text is cut off by hidden overflow (${data.style})',
        ellipsis: 'Text is cut off with an ellipsis',
        lineClamp: 'Text is cut off by line-clamp',
        latent: 'Text is styled to truncate (${data.style}); let it wrap instead',
      },
      incomplete:
        'Text is styled to truncate (${data.style}) but fits for now; it will be cut when the text is enlarged. Let it wrap instead',
    },
    'elder-motion': {
      pass: 'No motion longer than ${data.minDurationMs} ms',
      fail: {
        default: 'Element animates (${data.name}, ${data.durationMs} ms) in elder mode or under reduced motion',
        transition:
          'Element has a ${data.durationMs} ms transition (${data.name}) in elder mode or under reduced motion',
        running: 'Element has a running animation (${data.name}) in elder mode or under reduced motion',
      },
    },
  },
};

const zhCN: ElderMessages = {
  lang: 'zh-CN',
  rules: {
    'elder-text-size': {
      description: '确保长辈模式下可见文字不小于 {minText} CSS 像素',
      help: '长辈模式下文字不得小于 {minText} 像素',
    },
    'elder-target-size': {
      description:
        '确保可点击目标不小于 {minTarget}×{minTarget} CSS 像素，主要操作和列表行不小于 {minPrimary}×{minPrimary}；复选框和单选框的标签计入点击区域',
      help: '点击目标不得小于 {minTarget}×{minTarget} 像素（主要操作和列表行 {minPrimary}×{minPrimary} 像素）',
    },
    'elder-line-height': {
      description: '确保正文行高不小于字号的 {minLineHeight} 倍',
      help: '正文行高不得小于 {minLineHeight} 倍',
    },
    'elder-contrast': {
      description: '确保文字对比度不低于 {textContrast}:1，图标和控件边框不低于 {nonTextContrast}:1',
      help: '文字对比度需达 {textContrast}:1，图标和控件边框需达 {nonTextContrast}:1',
    },
    'elder-icon-label': {
      description: '确保控件不只显示图标：名称同时以可见文字显示',
      help: '图标按钮必须以可见文字显示名称',
    },
    'elder-no-truncation': {
      description: '确保文字不被省略号、行数限制或隐藏溢出截断，而是自动换行',
      help: '文字必须换行显示，不得截断或裁切',
    },
    'elder-motion': {
      description: '确保长辈模式下或用户要求减少动态效果时，页面没有动画和过渡',
      help: '长辈模式或减少动态效果时不得有动画或过渡',
    },
  },
  checks: {
    'elder-text-size': {
      pass: '文字为 ${data.fontSize} 像素（不小于 ${data.minSize} 像素）',
      fail: '文字为 ${data.fontSize} 像素；长辈模式要求不小于 ${data.minSize} 像素',
    },
    'elder-target-size': {
      pass: {
        default: '目标为 ${data.width}×${data.height} 像素（不小于 ${data.minSize}×${data.minSize} 像素）',
        label: '目标连同标签为 ${data.width}×${data.height} 像素（不小于 ${data.minSize}×${data.minSize} 像素）',
        inline: '链接位于段落文字之中，不受此限',
      },
      fail: {
        default: '目标为 ${data.width}×${data.height} 像素；长辈模式要求不小于 ${data.minSize}×${data.minSize} 像素',
        primary: '主要操作或列表行为 ${data.width}×${data.height} 像素；长辈模式要求不小于 ${data.minSize}×${data.minSize} 像素',
      },
    },
    'elder-line-height': {
      pass: '行高为字号的 ${data.lineHeight} 倍（不小于 ${data.minLineHeight} 倍）',
      fail: {
        default: '行高为字号的 ${data.lineHeight} 倍；正文要求不小于 ${data.minLineHeight} 倍',
        normal: '行高为 normal（约为字号的 1.2 倍）；正文要求不小于 ${data.minLineHeight} 倍',
      },
    },
    'elder-contrast': {
      pass: {
        default: '对比度为 ${data.contrastRatio}:1（不低于 ${data.expectedContrastRatio}:1）',
        nothingOwn: '没有边框，也没有自己的文字：其中的文字和图标会分别检查',
      },
      fail: {
        default: '对比度为 ${data.contrastRatio}:1；长辈模式要求 ${data.expectedContrastRatio}:1',
        text: '文字对比度为 ${data.contrastRatio}:1（${data.bgColor} 上的 ${data.fgColor}）；长辈模式要求 ${data.expectedContrastRatio}:1',
        boundary:
          '控件边界对比度为 ${data.contrastRatio}:1（${data.fgColor} 与 ${data.bgColor}）；长辈模式要求 ${data.expectedContrastRatio}:1',
        icon: '图标对比度为 ${data.contrastRatio}:1（${data.bgColor} 上的 ${data.fgColor}）；长辈模式要求 ${data.expectedContrastRatio}:1',
      },
      incomplete: {
        default: '无法测量对比度（${data.reason}），请人工检查',
        bgImage: '无法测量对比度：背景为图片，请人工检查',
        bgGradient: '无法测量对比度：背景为渐变，请人工检查',
        imgNode: '无法测量对比度：元素位于图片之上，请人工检查',
        bgOverlap: '无法测量对比度：有其他元素与之重叠，请人工检查',
        elmPartiallyObscured: '无法测量对比度：背景只覆盖了部分文字，请人工检查',
        outsideViewport: '无法测量对比度：元素在可视区域之外，请滚动到该处后再检查',
        paintServer: '图标使用渐变或图案填充，请人工检查对比度',
        noPaint: '未找到可测量的颜色，请人工检查',
        textShadow: '不计文字阴影时对比度为 ${data.contrastRatio}:1，请人工检查阴影是否让文字清晰可读',
      },
    },
    'elder-icon-label': {
      pass: {
        default: '控件显示了可见文字：“${data.text}”',
        labelledby: '控件由旁边的可见文字命名：“${data.text}”',
      },
      fail: '控件只显示图标；请在图标旁边或下方以文字显示名称',
      incomplete: '图片按钮：请检查图片是否以文字显示名称',
    },
    'elder-no-truncation': {
      pass: '没有文字被截断',
      fail: {
        default: '文字被隐藏溢出裁切（${data.style}）',
        ellipsis: '文字被省略号截断',
        lineClamp: '文字被行数限制（line-clamp）截断',
        latent: '文字设置了截断样式（${data.style}）；请改为自动换行',
      },
      incomplete: '文字设置了截断样式（${data.style}），目前尚能完整显示，但放大文字后会被截断；请改为自动换行',
    },
    'elder-motion': {
      pass: '没有超过 ${data.minDurationMs} 毫秒的动态效果',
      fail: {
        default: '元素在长辈模式或减少动态效果时仍有动画（${data.name}，${data.durationMs} 毫秒）',
        transition: '元素在长辈模式或减少动态效果时仍有 ${data.durationMs} 毫秒的过渡（${data.name}）',
        running: '元素在长辈模式或减少动态效果时有正在运行的动画（${data.name}）',
      },
    },
  },
};

const byLocale: Record<ElderLocale, ElderMessages> = { en, 'zh-CN': zhCN };

/**
 * Every rule's `help`/`description` and every check's messages in one language, with the
 * rule thresholds filled in. The result has the shape of an axe `Locale`.
 *
 * @param locale Language of the texts. @default 'en'
 * @param options The rule options whose thresholds the texts quote. @default {}
 */
export function getElderMessages(locale: ElderLocale = 'en', options: ElderRulesOptions = {}): ElderMessages {
  const source = byLocale[locale] ?? en;
  const values: Record<string, number> = {
    minText: options.textSize?.minSize ?? defaultTextSize.minSize,
    minTarget: options.targetSize?.minSize ?? defaultTargetSize.minSize,
    minPrimary: options.targetSize?.primaryMinSize ?? defaultTargetSize.primaryMinSize,
    minLineHeight: options.lineHeight?.minRatio ?? defaultLineHeight.minRatio,
    textContrast: options.contrast?.text ?? defaultContrast.text,
    nonTextContrast: options.contrast?.nonText ?? defaultContrast.nonText,
  };
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
  const rules = Object.fromEntries(
    Object.entries(source.rules).map(([id, text]) => [id, { description: fill(text.description), help: fill(text.help) }]),
  ) as Record<ElderRuleId, ElderRuleText>;
  // Check messages are copied so that axe (which may rewrite them) never touches the originals.
  const checks = JSON.parse(JSON.stringify(source.checks)) as Record<ElderRuleId, ElderCheckText>;
  return { lang: source.lang, rules, checks };
}
