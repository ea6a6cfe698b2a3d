/** One fixture EPUB (with a page map), checked by epubcheck and DAISY Ace side by side. ~20 s. */
import { beforeAll, describe, expect, it } from "vitest";
import { CLAIM_CONFORMANCE } from "../../src/render/epub/index.js";
import { buildFixtureEpub } from "./fixture.js";
import { ace, epubcheck, EPUBCHECK_JAR, type AceViolation, type EpubcheckResult } from "./validators.js";

let check: EpubcheckResult;
let checkBare: EpubcheckResult;
let aceResult: { outcome: string; violations: AceViolation[]; metadata: unknown };

describe("validity of the fixture EPUB", () => {
  beforeAll(async () => {
    const withMap = await buildFixtureEpub();
    const bare = await buildFixtureEpub({ pageMap: false, issue: withMap.issue });
    [check, checkBare, aceResult] = await Promise.all([epubcheck(withMap.file), epubcheck(bare.file), ace(withMap.file)]);
  }, 240_000);

  it("passes epubcheck with 0 errors and 0 warnings, with and without a page map", () => {
    expect(check, check.output).toMatchObject({ fatals: 0, errors: 0, warnings: 0 });
    expect(checkBare, checkBare.output).toMatchObject({ fatals: 0, errors: 0, warnings: 0 });
  });

  it("has no critical or serious Ace violations", () => {
    expect(aceResult.violations.filter((v) => v.impact === "critical" || v.impact === "serious")).toEqual([]);
  });

  it("has no Ace violations at all while the package claims EPUB Accessibility conformance", () => {
    if (CLAIM_CONFORMANCE) expect(aceResult.violations).toEqual([]);
    expect(aceResult.outcome).toBe("pass");
    expect(aceResult.metadata).toMatchObject({ empty: [] });
  });
});
