/**
 * Fitting tools, in the bounded order they are tried. Each step is a complete setting for a run:
 * tighter steps set more text per page, looser steps less. Text is never dropped and body type never
 * goes below the readable minimum (MIN_FONT_SCALE of the design size).
 */

export interface FitSetting {
  /** Multiplies the design line height. */
  leading: number;
  /** Letter-spacing in em (negative = tighter). */
  tracking: number;
  /** Multiplies figure heights. */
  imageScale: number;
  /** Multiplies the body type size. */
  fontScale: number;
  /** Extra columns (standard 2 → 3). */
  extraColumn: boolean;
  /** Set a pull quote (an existing sentence of the article, repeated large) to fill space. */
  pullQuote: boolean;
  /** Name shown in the fit report. */
  name: string;
}

export const MIN_FONT_SCALE = 0.9; // 10pt design body → 9pt at the least
export const NEUTRAL: FitSetting = { leading: 1, tracking: 0, imageScale: 1, fontScale: 1, extraColumn: false, pullQuote: false, name: "as designed" };

const s = (name: string, p: Partial<FitSetting>): FitSetting => ({ ...NEUTRAL, ...p, name });

/** Tighter and tighter: images first, then leading, tracking, columns, and last type size. */
export const TIGHTEN: FitSetting[] = [
  s("images 85%", { imageScale: 0.85 }),
  s("images 70%", { imageScale: 0.7 }),
  s("images 70%, leading −4%", { imageScale: 0.7, leading: 0.96 }),
  s("images 70%, leading −8%", { imageScale: 0.7, leading: 0.92 }),
  s("images 70%, leading −8%, tracking −0.02em", { imageScale: 0.7, leading: 0.92, tracking: -0.02 }),
  s("images 60%, leading −8%, tracking −0.02em, 3 columns", { imageScale: 0.6, leading: 0.92, tracking: -0.02, extraColumn: true }),
  s("images 60%, leading −10%, tracking −0.02em, type 95%", { imageScale: 0.6, leading: 0.9, tracking: -0.02, fontScale: 0.95 }),
  s("images 50%, leading −12%, tracking −0.03em, type 90%", { imageScale: 0.5, leading: 0.88, tracking: -0.03, fontScale: MIN_FONT_SCALE }),
];

/** Looser: more leading, then a pull quote. (Figures already fill their column: they never grow.) */
export const LOOSEN: FitSetting[] = [
  s("leading +4%", { leading: 1.04 }),
  s("leading +8%", { leading: 1.08 }),
  s("leading +8%, pull quote", { leading: 1.08, pullQuote: true }),
];

/** Estimated text capacity of a setting relative to the design (area a character takes, inverted). */
export function capacity(f: FitSetting): number {
  const charWidth = f.fontScale * (1 + f.tracking);
  const lineHeight = f.fontScale * f.leading;
  return 1 / (charWidth * lineHeight);
}
