/** The CLI's exit codes by error class: 1 for an editor's mistake, 2 for folio's own fault or its setup, 130 for a signal. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { failedPreflightFacts, failedPreflightReport } from "../helpers/stage-facts.js";
import {
  FolioError,
  InternalError,
  Interrupted,
  PreflightFailed,
  SetupError,
  ValidationError,
} from "../../src/contract/errors.js";
import { EXIT, reportError } from "../../src/cli/report.js";

function reported(e: unknown): { code: number; text: string } {
  let text = "";
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  try {
    return { code: reportError(e, false), text };
  } finally {
    spy.mockRestore();
  }
}

describe("reportError", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints an editor's mistake as file:line: field: message and exits 1", () => {
    const r = reported(
      new FolioError({
        file: "issues/magazine.yaml",
        line: 40,
        field: "type",
        message: "the type area holds only 8 lines of 24 pt",
      }),
    );
    expect(r).toEqual({
      code: EXIT.input,
      text: "issues/magazine.yaml:40: type: the type area holds only 8 lines of 24 pt\n",
    });
  });

  it("counts several problems", () => {
    const r = reported(
      new ValidationError([
        { file: "a.md", line: 1, message: "x" },
        { file: "b.md", message: "y" },
      ]),
    );
    expect(r).toEqual({ code: 1, text: "a.md:1: x\nb.md: y\n2 problems\n" });
  });

  it("exits 1 on a failed preflight, naming the report", () => {
    const r = reported(
      new PreflightFailed(
        failedPreflightReport(),
        { json: "out/preflight.json", html: "out/preflight.html" },
        failedPreflightFacts(),
      ),
    );
    expect(r.code).toBe(1);
    expect(r.text).toBe(
      "out/preflight.html: preflight: 1 check(s) failed (see out/preflight.html): images p. 1: 72 ppi\n",
    );
  });

  it("exits 2 on folio's own fault and on its setup", () => {
    expect(reported(new InternalError("internal: nothing read from page 3"))).toEqual({
      code: EXIT.internal,
      text: "folio: internal: nothing read from page 3\n(run again with --debug for details)\n",
    });
    expect(reported(new SetupError("no Chromium found")).code).toBe(2);
    expect(reported(new TypeError("x is undefined")).code).toBe(2);
  });

  it("exits 130 when interrupted, by folio's signal or an aborted call", () => {
    expect(reported(new Interrupted())).toEqual({ code: EXIT.interrupted, text: "folio: interrupted\n" });
    expect(reported(new DOMException("This operation was aborted", "AbortError")).code).toBe(130);
  });
});
