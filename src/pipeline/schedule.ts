/**
 * Runs the planned stages side by side where they do not depend on each other and cores allow: a
 * stage starts as soon as every stage it needs has finished (the EPUB and its checks while the
 * handoff makes the press PDF), up to stageConcurrency() at once. Results come back in plan order,
 * whatever order the stages finished in, so build.json does not depend on timing. On the first error no stage starts; the ones running are told to stop
 * (their signal is aborted) and are waited for, so none writes into a folder that is being removed;
 * then the error is thrown. A failed check (preflight) stops new stages too, but keeps its report.
 */
import { availableParallelism } from "node:os";
import type { StageName } from "../contract/stage.js";
import { stageJobsSetting } from "../util/config.js";
import type { StageRun } from "./outputs.js";
import type { BuildState, Stage } from "./stages.js";

export interface StageOutcome {
  stage: Stage;
  result?: StageRun;
  /** A check that failed but delivered its report (see build.ts). */
  failed?: Error;
}

/**
 * How many stages run at once: each busy stage keeps about two cores at work (Chromium, Java and
 * Ace's Chromium, Ghostscript), so one per two cores. Measured on 2 cores (2022-08, with the page
 * cache): the EPUB checks beside the handoff made a one-paragraph rebuild 38.0 s instead of
 * 40.7–43.8 s and a cold build 118.5 s instead of 122.3 s, but the cold build's peak rose from
 * 1459 MB to 1824 MB (PSS), over the 1.5 GB the issue allows. So a 2-core machine runs them one
 * after the other.
 * FOLIO_STAGE_JOBS sets it.
 */
export function stageConcurrency(env = stageJobsSetting(), cores = availableParallelism()): number {
  const n = Number(env);
  return env && Number.isInteger(n) && n > 0 ? n : Math.max(1, Math.floor(cores / 2));
}

/** The stages of `plan` that can start now: not started, and every planned stage they need is done. */
export function readyStages(
  plan: readonly Stage[],
  started: ReadonlySet<StageName>,
  done: ReadonlySet<StageName>,
): Stage[] {
  const planned = new Set(plan.map((s) => s.name));
  return plan.filter((s) => !started.has(s.name) && s.needs.every((n) => !planned.has(n) || done.has(n)));
}

export async function runStages(
  plan: readonly Stage[],
  state: BuildState,
  run: (stage: Stage, signal: AbortSignal) => Promise<StageRun>,
  opts: {
    signal?: AbortSignal;
    isFailedCheck: (e: unknown) => e is Error /** Stages at once (default stageConcurrency()). */;
    concurrency?: number;
  },
): Promise<StageOutcome[]> {
  const limit = Math.max(1, opts.concurrency ?? stageConcurrency());
  const stop = new AbortController();
  const onAbort = () => stop.abort(opts.signal?.reason);
  opts.signal?.addEventListener("abort", onAbort, { once: true });
  const started = new Set<StageName>();
  const done = new Set<StageName>();
  const outcomes = new Map<StageName, StageOutcome>();
  const running = new Map<StageName, Promise<void>>();
  let error: { e: unknown } | undefined;
  let failedCheck = false;
  const launch = (stage: Stage) => {
    started.add(stage.name);
    const p = run(stage, stop.signal)
      .then(
        (result) => {
          Object.assign(state.outputs, result.output);
          outcomes.set(stage.name, { stage, result });
        },
        (e: unknown) => {
          if (opts.isFailedCheck(e)) {
            failedCheck = true;
            outcomes.set(stage.name, { stage, failed: e });
          } else if (!error) {
            error = { e };
            stop.abort(e);
          }
        },
      )
      .finally(() => {
        done.add(stage.name);
        running.delete(stage.name);
      });
    running.set(stage.name, p);
  };
  try {
    for (;;) {
      if (!error && !failedCheck && !opts.signal?.aborted) {
        for (const s of readyStages(plan, started, done)) if (running.size < limit) launch(s);
      }
      if (!running.size) break;
      await Promise.race(running.values());
    }
  } finally {
    opts.signal?.removeEventListener("abort", onAbort);
  }
  if (error) throw error.e;
  opts.signal?.throwIfAborted();
  return plan.flatMap((s) => outcomes.get(s.name) ?? []);
}
