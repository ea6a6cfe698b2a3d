/** Issue 19's goals, judged against the figures of one bench run (pure: figures in, verdicts out). */

export interface Figures {
  /** Chromium's own print of the same HTML (median), ms. */
  nativePrintMs: number;
  coldBuildMs: number;
  rebuildMs: number;
  rebuildScreenMs: number;
  checkMs: number;
  /** Peak memory of a build's process tree: proportional set size (the goal), and the RSS sum. */
  peakPssMb: number;
  peakMb: number;
  /** From save to changed pages on screen; null: not measured by the bench. */
  previewMs: number | null;
}

export interface Goal {
  goal: string;
  figure: string;
  /** Figure ÷ native print, where the goal is a ratio. */
  ratio: number | null;
  verdict: "met" | "not met" | "not measured";
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function judge(f: Figures): Goal[] {
  const ratioGoal = (goal: string, ms: number, limit: number): Goal => {
    const ratio = ms / f.nativePrintMs;
    return { goal, figure: s(ms), ratio: Number(ratio.toFixed(2)), verdict: ratio <= limit ? "met" : "not met" };
  };
  const absGoal = (goal: string, figure: string, ok: boolean): Goal => ({
    goal,
    figure,
    ratio: null,
    verdict: ok ? "met" : "not met",
  });
  return [
    ratioGoal("rebuild after a one-paragraph edit, all outputs ≤ 1.0× native print", f.rebuildMs, 1.0),
    ratioGoal("rebuild after a one-paragraph edit, screen PDF alone ≤ 0.5×", f.rebuildScreenMs, 0.5),
    ratioGoal("full cold build, all outputs ≤ 3.0× native print", f.coldBuildMs, 3.0),
    f.previewMs === null
      ? { goal: "preview: save to changed pages on screen ≤ 1 s", figure: "—", ratio: null, verdict: "not measured" }
      : absGoal("preview: save to changed pages on screen ≤ 1 s", s(f.previewMs), f.previewMs <= 1000),
    absGoal("peak memory of the process tree (PSS) ≤ 1.5 GB", `${f.peakPssMb} MB`, f.peakPssMb <= 1536),
    absGoal("folio check as a fresh process ≤ 0.5 s", s(f.checkMs), f.checkMs <= 500),
  ];
}

export function goalLines(goals: Goal[]): string[] {
  return goals.map(
    (g) =>
      `  ${g.verdict.padEnd(12)} ${g.goal.padEnd(68)} ${g.figure.padStart(9)}${g.ratio === null ? "" : `  ${g.ratio.toFixed(2)}×`}`,
  );
}
