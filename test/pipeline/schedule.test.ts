/** Stages run side by side when they do not need each other; results and errors stay deterministic. */
import { describe, expect, it } from "vitest";
import { readyStages, runStages, stageConcurrency } from "../../src/pipeline/schedule.js";
import type { StageName } from "../../src/contract/stage.js";
import type { BuildState, Stage } from "../../src/pipeline/stages.js";
import type { StageRun } from "../../src/pipeline/outputs.js";

const stage = (name: StageName, needs: StageName[] = []): Stage => ({
  name,
  kinds: [],
  needs,
  run: async () => ({ files: [] }),
});
const state = (): BuildState => ({ issue: {} as BuildState["issue"], outputs: {} });
const never = (e: unknown): e is Error => false;

/** A latch: `wait()` resolves once `open()` was called. */
function latch() {
  let open!: () => void;
  const p = new Promise<void>((r) => (open = r));
  return { open, wait: () => p };
}

describe("stage schedule", () => {
  it("a stage is ready when the planned stages it needs are done", () => {
    const plan = [stage("images"), stage("print", ["images"]), stage("epub", ["print"]), stage("handoff", ["print"])];
    expect(readyStages(plan, new Set(), new Set()).map((s) => s.name)).toEqual(["images"]);
    const after = new Set<StageName>(["images", "print"]);
    expect(readyStages(plan, after, after).map((s) => s.name)).toEqual(["epub", "handoff"]);
    // A need outside the plan (--only) does not hold a stage back.
    expect(readyStages([stage("handoff", ["print"])], new Set(), new Set()).map((s) => s.name)).toEqual(["handoff"]);
  });

  it("runs independent stages at the same time and returns results in plan order", async () => {
    const bothStarted = { epub: latch(), handoff: latch() };
    const order: string[] = [];
    const plan = [stage("print"), stage("epub", ["print"]), stage("handoff", ["print"])];
    const outcomes = await runStages(
      plan,
      state(),
      async (s): Promise<StageRun> => {
        if (s.name === "epub" || s.name === "handoff") {
          bothStarted[s.name].open();
          // Each waits for the other to have started: run one after the other, this would never end.
          await bothStarted[s.name === "epub" ? "handoff" : "epub"].wait();
          if (s.name === "epub") await new Promise((r) => setTimeout(r, 20)); // finishes last
        }
        order.push(s.name);
        return { files: [{ kind: "epub", path: s.name }] };
      },
      { isFailedCheck: never, concurrency: 2 },
    );
    expect(order).toEqual(["print", "handoff", "epub"]);
    expect(outcomes.map((o) => o.stage.name)).toEqual(["print", "epub", "handoff"]);
  });

  it("on an error, starts nothing more, stops and waits for the running stages, then throws", async () => {
    const events: string[] = [];
    const plan = [stage("print"), stage("epub", ["print"]), stage("epub-check", ["epub"]), stage("handoff", ["print"])];
    const failing = runStages(
      plan,
      state(),
      async (s, signal): Promise<StageRun> => {
        if (s.name === "epub") {
          await new Promise((r) => setTimeout(r, 10));
          throw new Error("EPUB check failed");
        }
        if (s.name === "handoff") {
          await new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
          await new Promise((r) => setTimeout(r, 20));
          events.push("handoff stopped");
          throw new Error("aborted");
        }
        events.push(s.name);
        return { files: [] };
      },
      { isFailedCheck: never, concurrency: 2 },
    );
    await expect(failing).rejects.toThrow("EPUB check failed");
    expect(events).toEqual(["print", "handoff stopped"]); // epub-check never started; the handoff was awaited
  });

  it("a failed check keeps its report and the results of the stages beside it", async () => {
    class Failed extends Error {}
    const plan = [
      stage("print"),
      stage("epub", ["print"]),
      stage("handoff", ["print"]),
      stage("epub-check", ["handoff"]),
    ];
    const outcomes = await runStages(
      plan,
      state(),
      async (s): Promise<StageRun> => {
        if (s.name === "handoff") throw new Failed("preflight failed");
        return { files: [] };
      },
      { isFailedCheck: (e): e is Error => e instanceof Failed },
    );
    expect(outcomes.map((o) => [o.stage.name, o.failed?.message ?? "ok"])).toEqual([
      ["print", "ok"],
      ["epub", "ok"],
      ["handoff", "preflight failed"],
    ]);
  });

  it("one stage at a time runs them in plan order; one stage per two cores unless FOLIO_STAGE_JOBS says", async () => {
    const order: string[] = [];
    const plan = [stage("print"), stage("epub", ["print"]), stage("epub-check", ["epub"]), stage("handoff", ["print"])];
    await runStages(
      plan,
      state(),
      async (s): Promise<StageRun> => {
        order.push(`${s.name}+`);
        await new Promise((r) => setTimeout(r, 5));
        order.push(`${s.name}-`);
        return { files: [] };
      },
      { isFailedCheck: never, concurrency: 1 },
    );
    expect(order).toEqual(["print+", "print-", "epub+", "epub-", "epub-check+", "epub-check-", "handoff+", "handoff-"]);
    expect(stageConcurrency(undefined, 2)).toBe(1);
    expect(stageConcurrency(undefined, 8)).toBe(4);
    expect(stageConcurrency("3", 2)).toBe(3);
    expect(stageConcurrency("zero", 1)).toBe(1);
  });

  it("a stage's typed output is there for the stages that need it", async () => {
    const st = state();
    let seen: string | undefined;
    await runStages(
      [stage("epub"), stage("epub-check", ["epub"])],
      st,
      async (s): Promise<StageRun> => {
        if (s.name === "epub") return { files: [], output: { epub: { epub: "a.epub" } } };
        seen = st.outputs.epub?.epub;
        return { files: [] };
      },
      { isFailedCheck: never },
    );
    expect(seen).toBe("a.epub");
  });
});
