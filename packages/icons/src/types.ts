/**
 * Icons are data: each one is two drawings made of SVG path data on a 24 × 24
 * grid, plus the names people search for. Components, the gallery and the
 * tests all read the same objects.
 */

/** One shape of a drawing. */
export interface IconPath {
  /** SVG path data on the 24 × 24 grid. */
  readonly d: string;
  /**
   * Fill the shape with the current colour as well as stroking it.
   * @default false
   */
  readonly fill?: boolean;
}

/** One drawing of an icon: shapes stroked in the current colour with round caps and joins. */
export interface IconDrawing {
  /** Stroke width in grid units (the grid is 24 wide): 1.5–2 for standard, at least 2.5 for elder. */
  readonly strokeWidth: number;
  /** The shapes, painted in order. */
  readonly paths: readonly IconPath[];
}

/** What people may type to find an icon, per language. */
export interface IconSynonyms {
  /** English words, lower case. */
  readonly en: readonly string[];
  /** Simplified Chinese words; the first is the icon's Chinese name. */
  readonly 'zh-CN': readonly string[];
}

/** An icon: its name, search words and two drawings (ELDER-MODE.md, "Glyphs"). */
export interface IconData {
  /** Kebab-case name, unique in the kit, such as `top-up`. */
  readonly name: string;
  /** Search words in English and Simplified Chinese. */
  readonly synonyms: IconSynonyms;
  /** The line drawing shown in standard mode. */
  readonly standard: IconDrawing;
  /** The simplified, heavier drawing shown in elder mode. */
  readonly elder: IconDrawing;
}
