/**
 * Crash safety: a build killed with SIGKILL (an out-of-memory kill, a CI timeout) runs no cleanup
 * of its own. Real builds of a copy of the mini issue are killed at five moments — during load,
 * during pagination, while the PDF is written, in the handoff, between the two renames of the
 * output swap — one after the other into the same output folder and TMPDIR. After each kill: no
 * Chromium of that build is alive, and the last good output is byte-identical (after the rename
 * kill, once the next build's sweep has put it back). Each next build removes what the dead one
 * left (temporary folder, lock, Chromium profile); the last one succeeds and leaves nothing stale.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { sweepOutputRoot } from "../../src/pipeline/sweep.js";
import { copyMini } from "../helpers/mini.js";
import {
  hashTree,
  previousOutput,
  privateTmp,
  runFolio,
  startFolio,
  stopAll,
  survivors,
  tempDir,
  withoutFlatplan,
  type RunningCli,
} from "./helpers.js";

const ID = "2099-01";
let mini: ReturnType<typeof copyMini>;
let out: string;
let tmp: ReturnType<typeof privateTmp>;
let before: Record<string, string>;

beforeAll(() => {
  mini = copyMini();
  withoutFlatplan(mini); // one layout pass: the moments below are then easy to hit
  out = tempDir("folio-kill-out-");
  tmp = privateTmp();
  before = previousOutput(out, ID);
});

afterEach(stopAll);

const start = (extra: string[] = [], env: NodeJS.ProcessEnv = {}) =>
  startFolio(["build", mini.issueDir, "--out", out, ...extra], { ...tmp.env, ...env });

async function until(test: () => boolean, what: string, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Kills the build with SIGKILL and checks that it died by it and that no Chromium of it survives. */
async function kill(run: RunningCli): Promise<void> {
  run.child.kill("SIGKILL");
  const r = await run.done;
  expect(r.signal).toBe("SIGKILL");
  expect(await survivors(tmp, 5000)).toEqual([]);
}

/** Leftovers in the output root other than the last good output: temp folders, old folders, locks. */
const leftovers = () => readdirSync(out).filter((n) => n !== ID);
const own = (run: RunningCli) => (n: string) =>
  n.includes(`-${run.child.pid}-`) || n.endsWith(`-${run.child.pid}`) || n === `.${ID}.lock`;

describe("kill -9 of a build at any moment", () => {
  it("during load: nothing started, nothing touched", { timeout: 120_000 }, async () => {
    const run = start();
    await until(() => run.child.pid !== undefined, "the process");
    await new Promise((r) => setTimeout(r, 300)); // inside start-up (lib/ loading) and the model reader
    await kill(run);
    expect(hashTree(path.join(out, ID))).toEqual(before);
  });

  it("during pagination: Chromium dies with folio; the output is untouched", async () => {
    const run = start();
    await run.waitFor(/^print…$/m, 300_000);
    await until(() => tmp.chromium().length > 0, "Chromium");
    expect(leftovers().every(own(run))).toBe(true); // the previous kill left nothing, or it was swept
    await kill(run);
    expect(hashTree(path.join(out, ID))).toEqual(before);
    expect(leftovers().length).toBeGreaterThan(0); // its temp folder and lock stay: SIGKILL runs no cleanup
  }, 400_000);

  it("while the PDF is written: the next build swept the dead one's temp folder, lock and profile", async () => {
    const run = start();
    await run.waitFor(/^print…$/m, 300_000);
    expect(leftovers().every(own(run))).toBe(true);
    await run.waitFor(/^pagination: \d+ pages/m, 300_000); // layout done: Chromium prints the PDF now
    await kill(run);
    expect(hashTree(path.join(out, ID))).toEqual(before);
  }, 400_000);

  it("in the handoff (Ghostscript running)", async () => {
    const run = start();
    await run.waitFor(/^handoff…$/m, 300_000);
    expect(leftovers().every(own(run))).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    await kill(run);
    expect(hashTree(path.join(out, ID))).toEqual(before);
  }, 400_000);

  it("between the two renames of the swap: the next build puts the last good output back", async () => {
    const run = start(["--only", "screen-pdf"], { FOLIO_TEST_HOLD_COMMIT_MS: "60000" });
    await run.waitFor(/^output: between renames$/m, 300_000);
    expect(existsSync(path.join(out, ID))).toBe(false); // moved aside, the new one not yet in place
    await kill(run);
    // What the next build does first, once it holds the lock (src/pipeline/output.ts → sweep.ts):
    const done = sweepOutputRoot(out, ID);
    expect(
      done.some((d) => d.startsWith(`restored ${ID}/ from .folio-old-${ID}-${run.child.pid}-`)),
      done.join("; "),
    ).toBe(true);
    expect(hashTree(path.join(out, ID))).toEqual(before);
  }, 400_000);

  it("the next build succeeds and leaves no stale temp folder, lock or Chromium profile", async () => {
    const r = await runFolio(["build", mini.issueDir, "--out", out, "--only", "screen-pdf"], tmp.env);
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(out)).toEqual([ID]);
    expect(existsSync(path.join(out, ID, `${ID}-screen.pdf`))).toBe(true);
    expect(hashTree(path.join(out, ID))).not.toEqual(before); // the new build replaced the old one
    expect(tmp.profiles()).toEqual([]);
    expect(await survivors(tmp)).toEqual([]);
  }, 400_000);
});
