import type { SpeechVoice } from './speech';

/**
 * A language tag in its standard form: `en_US` → `en-US`, `in_ID` → `id-ID` (older Android
 * voices), `cmn-Hans-CN` → `zh-Hans-CN`. An unreadable tag comes back as it was.
 */
export function normaliseLanguage(tag: string): string {
  // Android writes some as `zh_CN#Hans`: the part after `#` repeats the script.
  const dashed = tag.trim().split('#')[0]!.replace(/_/g, '-');
  try {
    const [canonical] = Intl.getCanonicalLocales(dashed);
    // Mandarin's own code: voices on some systems use it where pages say `zh`.
    return canonical ? canonical.replace(/^cmn(?=-|$)/, 'zh') : dashed;
  } catch {
    return dashed;
  }
}

interface Parts {
  language: string;
  script: string | undefined;
  region: string | undefined;
}

/** The language, script and region a tag stands for, the script and region filled in where implied. */
function partsOf(tag: string): Parts | null {
  try {
    const locale = new Intl.Locale(normaliseLanguage(tag));
    const full = locale.maximize();
    return { language: locale.language, script: full.script, region: locale.region ?? full.region };
  } catch {
    return null;
  }
}

/**
 * How well a voice fits a text's language: 0 does not fit at all (another language: never used),
 * then 1 the same language, 2 the same script (Traditional against Simplified Chinese), 3 the
 * same region too.
 */
export function voiceFit(voice: SpeechVoice, language: string): number {
  const want = partsOf(language);
  const have = partsOf(voice.lang);
  if (!want || !have || want.language !== have.language) return 0;
  if (want.script !== have.script) return 1;
  return want.region === have.region ? 3 : 2;
}

/**
 * The voice to read `language` with: the best fit, then one of `preferred` (names or voice URIs
 * the person chose), then the engine's default, then one that works offline. `null` when no
 * voice speaks the language: read aloud never reads Chinese with an English voice.
 */
export function chooseVoice(
  voices: readonly SpeechVoice[],
  language: string,
  preferred: readonly string[] = [],
): SpeechVoice | null {
  let best: SpeechVoice | null = null;
  let bestScore = 0;
  for (const voice of voices) {
    const fit = voiceFit(voice, language);
    if (fit === 0) continue;
    const chosen = preferred.some((name) => name === voice.name || name === voice.voiceURI);
    const score = fit * 8 + (chosen ? 4 : 0) + (voice.default ? 2 : 0) + (voice.localService ? 1 : 0);
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}
