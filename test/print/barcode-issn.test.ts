/** An ISSN with a wrong check digit in magazine.yaml is the editor's to fix (exit 1), not folio's fault. */
import { describe, expect, it } from "vitest";
import { FolioError, formatProblem } from "../../src/contract/errors.js";
import { periodicalBarcodeSvg } from "../../src/render/print/barcode.js";

describe("the back cover's bar code from magazine.yaml's ISSN", () => {
  it("a wrong check digit is a FolioError naming magazine.yaml's issn", () => {
    let thrown: unknown;
    try {
      periodicalBarcodeSvg({ issn: "2096-7463", year: 2022, number: 8 });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FolioError);
    expect((thrown as FolioError).problems.map(formatProblem)).toEqual(['magazine.yaml: issn: ISSN "2096-7463" has a wrong check digit']);
  });
});
