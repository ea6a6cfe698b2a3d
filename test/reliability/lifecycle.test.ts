/**
 * Nothing lost, nothing leaked: a previous good output in <out>/<id>/ stays byte-identical after a
 * failed build, a timed-out build, a Chromium crash and an interrupted build (SIGTERM, SIGINT sent
 * while the print stage runs); no temporary folder or lock is left; a second build of the same
 * output folder is refused while the first holds the lock; no Chromium started by the build
 * survives it (each run gets a private TMPDIR, so its Chromium profiles — and processes — are its own).
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { copyMini } from "../helpers/mini.js";
import { present } from "../helpers/present.js";
import {
  hashTree,
  previousOutput,
  privateTmp,
  runFolio,
  STACK,
  startFolio,
  stopAll,
  survivors,
  tempDir,
  type CliResult,
} from "./helpers.js";

const ID = "2099-01";
let mini: ReturnType<typeof copyMini>;
let out: string;
let before: Record<string, string>;

beforeAll(() => {
  mini = copyMini();
  out = tempDir("folio-rel-out-");
  before = previousOutput(out, ID);
});

afterEach(stopAll);

/** The previous output is intact and the output root holds nothing else (no temp folder, no lock). */
function expectNothingLost(): void {
  expect(hashTree(path.join(out, ID))).toEqual(before);
  expect(readdirSync(out)).toEqual([ID]);
}

/** No Chromium from this run is alive, and its profile folders are gone. */
async function expectNoLeaks(tmp: ReturnType<typeof privateTmp>): Promise<void> {
  expect(await survivors(tmp)).toEqual([]);
  expect(tmp.profiles()).toEqual([]);
}

const build = (extra: string[] = []) => ["build", mini.issueDir, "--out", out, ...extra];

/** Waits until the run's Chromium is up (so an interruption really has a browser to clean up). */
async function chromiumUp(tmp: ReturnType<typeof privateTmp>, ms = 30_000): Promise<{ pid: number; cmd: string }[]> {
  const end = Date.now() + ms;
  for (;;) {
    const procs = tmp.chromium();
    if (procs.length) return procs;
    if (Date.now() > end) throw new Error("Chromium did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("a failed build keeps the last good output", () => {
  it("bad image: exit 1 after the output slot was opened; previous output intact, no temp folder or lock", async () => {
    const m = copyMini();
    writeFileSync(path.join(m.issueDir, "images/bad.jpg"), "garbage");
    m.edit(`${ID}/articles/p002-news.md`, (s) => s.replace("images/cover.png", "images/bad.jpg"));
    const tmp = privateTmp();
    const r = await runFolio(["build", m.issueDir, "--out", out], tmp.env);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/p002-news\.md:9: image: images\/bad\.jpg \(figure in p002-news\): not a readable image/);
    expect(r.err).not.toMatch(STACK);
    expectNothingLost();
    await expectNoLeaks(tmp);
  });

  // The build reaches the print stage (load, images, Chromium's start) before its 1 ms runs out: under a
  // loaded CI that took more than the default 30 s once (3–7 s here alone or beside another build).
  it("timeout (FOLIO_PRINT_TIMEOUT_MS=1): fails naming the stage; Chromium closed, output intact", {
    timeout: 120_000,
  }, async () => {
    const tmp = privateTmp();
    const r = await runFolio(build(), { ...tmp.env, FOLIO_PRINT_TIMEOUT_MS: "1" });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^folio: print: pagination \(Paged\.js\) timed out after 1 ms$/m);
    expect(r.err).not.toMatch(STACK);
    expectNothingLost();
    await expectNoLeaks(tmp);
  });

  // Its own waits (up to 60 s for the renderer) need more than the default 30 s under a loaded CI.
  it("Chromium killed mid-layout: the build fails naming the browser, nothing leaks", {
    timeout: 120_000,
  }, async () => {
    const tmp = privateTmp();
    // Bounded: a layout whose browser died sometimes waits for the pagination timeout (180 s by default;
    // reported). The layout is doomed once the browser is killed, so a short timeout changes nothing else.
    const run = startFolio(build(), { ...tmp.env, FOLIO_PRINT_TIMEOUT_MS: "5000" });
    await run.waitFor(/^print…$/m);
    // print.html is written before the layout (its hash is the layout cache's key); Chromium starts when
    // a pass must be laid out. Once its renderer is up, the page is loading: kill the browser process.
    const html = () =>
      readdirSync(out)
        .filter((n) => n.startsWith(".folio-tmp-"))
        .some((n) => existsSync(path.join(out, n, "html", "print.html")));
    const laying = () => html() && tmp.chromium().some((p) => p.cmd.includes("--type=renderer"));
    const end = Date.now() + 60_000;
    while (!laying() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    const main = tmp.chromium().find((p) => !p.cmd.includes("--type="));
    expect(main).toBeDefined();
    process.kill(present(main, "the main Chromium process").pid, "SIGKILL");
    const r = await run.done;
    expect(r.code).toBe(2);
    // Killed while it started, or at any step after: the error says the browser went, not which call failed.
    expect(r.err).toMatch(
      /^folio: print: Chromium( closed unexpectedly \(it crashed or was killed\)|: cannot start )/m,
    );
    expect(r.err).not.toMatch(STACK);
    expectNothingLost();
    await expectNoLeaks(tmp);
  });
});

describe("an interrupted build keeps the last good output and leaks nothing", () => {
  const interrupted = (r: CliResult, signal: NodeJS.Signals) => r.code === 130 || r.signal === signal;

  // Two builds start (the second one runs its whole check of the issue before it meets the lock).
  it("SIGTERM in the print stage; meanwhile a second build of the same folder is refused", {
    timeout: 90_000,
  }, async () => {
    const tmp = privateTmp();
    const first = startFolio(build(), tmp.env);
    await first.waitFor(/^print…$/m);
    await chromiumUp(tmp);
    const tmp2 = privateTmp();
    const second = await runFolio(build(), tmp2.env);
    expect(second.code).toBe(1);
    expect(second.err.trim()).toMatch(
      new RegExp(
        `^${out}/\\.${ID}\\.lock: another build \\(process ${first.child.pid}\\) is writing this output folder; wait for it or stop it$`,
      ),
    );
    expect(tmp2.profiles()).toEqual([]);
    first.child.kill("SIGTERM");
    const r = await first.done;
    expect(interrupted(r, "SIGTERM"), JSON.stringify(r)).toBe(true);
    expect(r.err).not.toMatch(STACK);
    expectNothingLost();
    await expectNoLeaks(tmp);
  });

  it("SIGINT (Ctrl-C) in the print stage", async () => {
    const tmp = privateTmp();
    const run = startFolio(build(), tmp.env);
    await run.waitFor(/^print…$/m);
    await chromiumUp(tmp);
    run.child.kill("SIGINT");
    const r = await run.done;
    expect(interrupted(r, "SIGINT"), JSON.stringify(r)).toBe(true);
    expect(r.err).not.toMatch(STACK);
    expectNothingLost();
    await expectNoLeaks(tmp);
  });
});
