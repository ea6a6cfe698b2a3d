/**
 * The fitter: from a run's measured length and its slot, choose the next setting to try.
 * Plan-then-apply: this is pure; the print stage applies settings and paginates again.
 */
import { LOOSEN, NEUTRAL, TIGHTEN, capacity, type FitSetting } from "./ladder.js";

export interface RunMeasure {
  /** Pages the run takes, the last possibly partly filled. */
  pages: number;
  /** How full the run's last page is, 0..1. */
  lastFill: number;
}

export interface FitState {
  setting: FitSetting;
  /** Index in TIGHTEN (>0 side) or LOOSEN (<0 side); 0 = as designed. */
  level: number;
  /** Whole empty pages added after the run to reach the next planned page. */
  fillerPages: number;
}

export const INITIAL: FitState = { setting: NEUTRAL, level: 0, fillerPages: 0 };

/** Length in pages as a number: 2 pages with the last 40% full = 1.4. */
export const usedLength = (m: RunMeasure): number => m.pages - 1 + m.lastFill;

export type FitVerdict =
  | { status: "fits"; state: FitState }
  | { status: "retry"; state: FitState }
  | { status: "impossible"; state: FitState; overPages: number };

/** Underfill we accept on the last page of a run (a magazine page may end a little short). */
export const ACCEPTED_UNDERFILL = 0.35;

const settingAt = (level: number): FitSetting =>
  level > 0 ? TIGHTEN[level - 1] : level < 0 ? LOOSEN[-level - 1] : NEUTRAL;

/**
 * Next state for a run given its slot (pages allowed) and what the current state measured.
 * Tightening jumps straight to the first step whose estimated capacity covers the overflow.
 */
export function nextFit(slot: number, state: FitState, m: RunMeasure): FitVerdict {
  const pagesWithoutFiller = m.pages;
  if (pagesWithoutFiller > slot) {
    const need = usedLength(m) / slot; // capacity factor needed relative to the current setting
    const target = capacity(state.setting) * need;
    let level = state.level > 0 ? state.level + 1 : 1;
    while (level < TIGHTEN.length && capacity(settingAt(level)) < target) level++;
    if (state.level >= TIGHTEN.length) {
      return { status: "impossible", state, overPages: Math.round((usedLength(m) - slot) * 100) / 100 };
    }
    return { status: "retry", state: { setting: settingAt(level), level, fillerPages: 0 } };
  }
  // It fits in `slot` pages or fewer: fill whole empty pages, loosen when the last page is thin.
  const fillerPages = slot - pagesWithoutFiller;
  const thin = m.lastFill < 1 - ACCEPTED_UNDERFILL;
  if (thin && state.level <= 0 && -state.level < LOOSEN.length && fillerPages === 0) {
    // The first looser step estimated to fill the last page enough; if none would, the last one
    // (which adds a pull quote) straight away: at most two more passes.
    const want = m.pages - ACCEPTED_UNDERFILL;
    let level = state.level - 1;
    while (-level < LOOSEN.length && usedLength(m) * (capacity(state.setting) / capacity(settingAt(level))) < want) level--;
    return { status: "retry", state: { setting: settingAt(level), level, fillerPages } };
  }
  return { status: "fits", state: { ...state, fillerPages } };
}
