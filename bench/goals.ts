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
  /** A ratio goal not met: by how much, and the build's stages that hold it, longest first. */
  heldBy?: string;
}

/** A build's stage timings (build.json `timings`), ms. */
export type StageTimes = Partial<Record<string, number>>;

/**
 * Which stages hold a build over its budget (pure): how far over, then its stages longest first,
 * each with its time as a multiple of native print, and whether they ran one after another.
 */
export function heldBy(ms: number, budgetMs: number, stages: StageTimes | undefined, nativeMs: number): string {
  const list = Object.entries(stages ?? {})
    .filter((e): e is [string, number] => typeof e[1] === "number" && e[1] > 0)
    .sort((a, b) => b[1] - a[1]);
  const sum = list.reduce((t, [, v]) => t + v, 0);
  const parts = list.map(([k, v]) => `${k} ${s(v)} (${(v / nativeMs).toFixed(2)}×)`);
  const overlap = sum > ms * 1.05 ? "; stages overlapped" : "";
  return `over by ${s(ms - budgetMs)}: ${parts.join(", ") || "no stage timings"}${overlap}`;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function judge(
  f: Figures,
  stages: { cold?: StageTimes; rebuild?: StageTimes; screen?: StageTimes } = {},
): Goal[] {
  const ratioGoal = (goal: string, ms: number, limit: number, times?: StageTimes): Goal => {
    const ratio = ms / f.nativePrintMs;
    const met = ratio <= limit;
    const g: Goal = { goal, figure: s(ms), ratio: Number(ratio.toFixed(2)), verdict: met ? "met" : "not met" };
    return met ? g : { ...g, heldBy: heldBy(ms, limit * f.nativePrintMs, times, f.nativePrintMs) };
  };
  const absGoal = (goal: string, figure: string, ok: boolean): Goal => ({
    goal,
    figure,
    ratio: null,
    verdict: ok ? "met" : "not met",
  });
  return [
    ratioGoal("rebuild after a one-paragraph edit, all outputs ≤ 1.0× native print", f.rebuildMs, 1.0, stages.rebuild),
    ratioGoal("rebuild after a one-paragraph edit, screen PDF alone ≤ 0.5×", f.rebuildScreenMs, 0.5, stages.screen),
    ratioGoal("full cold build, all outputs ≤ 3.0× native print", f.coldBuildMs, 3.0, stages.cold),
    f.previewMs === null
      ? { goal: "preview: save to changed pages on screen ≤ 1 s", figure: "—", ratio: null, verdict: "not measured" }
      : absGoal("preview: save to changed pages on screen ≤ 1 s", s(f.previewMs), f.previewMs <= 1000),
    absGoal("peak memory of the process tree (PSS) ≤ 1.5 GB", `${f.peakPssMb} MB`, f.peakPssMb <= 1536),
    absGoal("folio check as a fresh process ≤ 0.5 s", s(f.checkMs), f.checkMs <= 500),
  ];
}

export function goalLines(goals: Goal[]): string[] {
  return goals.flatMap((g) => [
    `  ${g.verdict.padEnd(12)} ${g.goal.padEnd(68)} ${g.figure.padStart(9)}${g.ratio === null ? "" : `  ${g.ratio.toFixed(2)}×`}`,
    ...(g.heldBy ? [`               ${g.heldBy}`] : []),
  ]);
}
