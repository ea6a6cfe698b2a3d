import { mkdtempSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  pendingCleanups,
  registerCleanup,
  runCleanup,
  StageTimeoutError,
  withTimeout,
} from "../../src/util/cleanup.js";
import { chromiumArgs, resolveChromium } from "../../src/browser/resolve.js";

describe("resolveChromium", () => {
  const fake = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "folio-chrome-"));
    const file = path.join(dir, "chromium");
    writeFileSync(file, "#!/bin/sh\n");
    chmodSync(file, 0o755);
    return file;
  };

  it("prefers FOLIO_CHROMIUM, then PUPPETEER_EXECUTABLE_PATH", () => {
    const a = fake();
    const b = fake();
    expect(resolveChromium({ FOLIO_CHROMIUM: a, PUPPETEER_EXECUTABLE_PATH: b })).toBe(a);
    expect(resolveChromium({ PUPPETEER_EXECUTABLE_PATH: b })).toBe(b);
  });

  it("rejects a variable that points at nothing", () => {
    expect(() => resolveChromium({ FOLIO_CHROMIUM: "/nonexistent/chromium" })).toThrow(/FOLIO_CHROMIUM/);
  });

  it("finds the system Chromium on this machine", () => {
    expect(resolveChromium({})).toMatch(/chrom/);
  });

  it("launch flags: no sandbox, offline, fresh profile", () => {
    const args = chromiumArgs("/tmp/profile");
    for (const flag of [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ]) {
      expect(args).toContain(flag);
    }
    expect(args).toContain("--user-data-dir=/tmp/profile");
  });
});

describe("cleanup registry", () => {
  it("runs closers once, newest first, and collects failures", async () => {
    const order: string[] = [];
    registerCleanup("a", () => order.push("a"));
    const closeB = registerCleanup("b", () => order.push("b"));
    registerCleanup("bad", () => {
      throw new Error("boom");
    });
    await closeB();
    await closeB();
    const failures = await runCleanup();
    expect(order).toEqual(["b", "a"]);
    expect(failures).toEqual(["bad: boom"]);
    expect(pendingCleanups()).toBe(0);
  });

  it("a timeout names the stage and runs its handler", async () => {
    let killed = false;
    const never = new Promise<never>(() => undefined);
    const err = await withTimeout("print: pagination", 20, never, () => (killed = true)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StageTimeoutError);
    expect((err as Error).message).toMatch(/^print: pagination timed out/);
    expect(killed).toBe(true);
    await expect(withTimeout("quick", 1000, Promise.resolve(7))).resolves.toBe(7);
  });
});
