import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { reportError } from "../../src/cli/report.js";
import { packageOf } from "../../src/util/system-tools.js";
import { missingToolMessage } from "../../src/util/tool-errors.js";
import { MissingToolError, onPath, run, runSync, ToolError, toolVersion } from "../../src/util/tools.js";

const NOWHERE = { PATH: "/nonexistent-folio-path" };

describe("tool runner", () => {
  afterEach(() => vi.restoreAllMocks());

  it("a program that does not exist is a MissingToolError naming it", async () => {
    const e = await run("folio-no-such-tool", ["-v"]).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(MissingToolError);
    expect((e as Error).message).toBe(
      "folio-no-such-tool not found: install it, or run folio doctor to see what folio needs",
    );
    expect(() => runSync("folio-no-such-tool", [])).toThrow(MissingToolError);
  });

  it("a missing tool folio lists names its Debian package and the command that installs it", async () => {
    const e = (await run("zbarimg", ["--version"], { env: NOWHERE }).catch((x: unknown) => x)) as MissingToolError;
    expect(e).toBeInstanceOf(MissingToolError);
    expect(e.tool).toBe("zbarimg");
    expect(e.message).toBe(
      "zbarimg not found: install the Debian package zbar-tools (apt-get install zbar-tools, or run folio doctor --install)",
    );
    expect(() => runSync("colprof", [], { env: NOWHERE })).toThrow(
      /colprof not found: install the Debian package argyll \(apt-get install argyll/,
    );
    expect(missingToolMessage("java")).toMatch(/Debian package default-jre-headless/);
    expect(missingToolMessage("/usr/bin/gs")).toMatch(/Debian package ghostscript/);
    expect(new MissingToolError("/x/FOGRA39L.ti3", undefined, "icc-profiles-free").message).toBe(
      "/x/FOGRA39L.ti3 not found: install the Debian package icc-profiles-free (apt-get install icc-profiles-free, or run folio doctor --install)",
    );
  });

  it("the CLI prints the missing tool's one line and exits 2, also when another error wraps it", () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
      lines.push(String(s));
      return true;
    });
    const wrapped = new Error("Ghostscript could not write the press PDF", { cause: new MissingToolError("gs") });
    expect(reportError(wrapped, false)).toBe(2);
    expect(lines).toEqual([
      "folio: gs not found: install the Debian package ghostscript (apt-get install ghostscript, or run folio doctor --install)\n",
    ]);
  });

  it("a tool that fails is a ToolError with its stderr; codes said to be fine are not", async () => {
    const e = (await run("sh", ["-c", "echo out; echo oops >&2; exit 3"]).catch((x: unknown) => x)) as ToolError;
    expect(e).toBeInstanceOf(ToolError);
    expect(e.message).toBe("sh failed: oops");
    expect(e.stdout).toBe("out\n");
    expect((await run("sh", ["-c", "echo ok; exit 3"], { okCodes: [3] })).stdout).toBe("ok\n");
    expect(() => runSync("sh", ["-c", "echo oops >&2; exit 3"])).toThrow(/sh failed: oops/);
    expect(runSync("sh", ["-c", "exit 3"], { okCodes: [3] }).stdout).toBe("");
  });

  it("every program folio runs by name is in the table, so a missing one names its package", () => {
    const src = path.resolve(import.meta.dirname, "../../src");
    const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    const calls = /\b(?:run|runSync|toolVersion)\(\s*"([\w-]+)"/g;
    const named = new Set(
      files.flatMap((f) => [...readFileSync(path.join(src, f), "utf8").matchAll(calls)].map((m) => m[1])),
    );
    named.delete("sh"); // onPath's shell
    expect([...named]).toEqual(expect.arrayContaining(["colprof", "gs", "java", "pdftotext", "qpdf", "zbarimg"]));
    named.delete("apt-get"); // folio doctor --install, run only where apt-get was found
    for (const tool of named) expect(packageOf(tool), tool).toBeDefined();
  });

  it("a tool's version is its first line, asked once", async () => {
    expect(await toolVersion("sh", "-c", "echo v1.2; echo more; exit 1")).toBe("sh v1.2");
    expect(await toolVersion("sh", "-c", "echo v1.2; echo more; exit 1")).toBe("sh v1.2");
  });

  it("onPath finds programs the shell finds", () => {
    expect(onPath("sh")).toBe(true);
    expect(onPath("folio-no-such-tool")).toBe(false);
  });
});
