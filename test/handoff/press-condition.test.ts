/**
 * The press condition and PDF/X flavour: FOGRA39 by default with a profile built from Debian's data
 * (cached, header date pinned: the same bytes on every machine), a printer's own profile under the
 * condition they name, PDF/X-4 only where gs can write it, the X-1a keys in the definition file.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conditionProfile, pinHeaderDate } from "../../src/handoff/condition-profile.js";
import { readIcc } from "../../src/handoff/icc.js";
import { pdfxDef } from "../../src/handoff/pdfx-def.js";
import { FLAVOURS, gsCanWritePdfx4, pdfxFlavour } from "../../src/handoff/pdfx.js";
import { COLOR_ORG, KNOWN_CONDITIONS, resolvePressCondition } from "../../src/handoff/press-condition.js";

describe("press condition", () => {
  it("is FOGRA39 by default, registered, with a CMYK output profile and a 300 % limit", async () => {
    const c = await resolvePressCondition({ pdfx: "PDF/X-3" });
    expect(c).toMatchObject({ identifier: "FOGRA39", registry: COLOR_ORG, totalInkLimit: 300 });
    expect(c.profile).toMatchObject({
      colourSpace: "CMYK",
      deviceClass: "prtr",
      description: expect.stringContaining("FOGRA39"),
    });
    // Pinned creation date: 2000-01-01 00:00:00.
    expect([...readFileSync(c.profile.path).subarray(24, 36)]).toEqual([7, 208, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0]);
  }, 600_000);

  it("uses the printer's own profile under their condition, and refuses a profile that is not CMYK", async () => {
    const c = await resolvePressCondition({
      pdfx: "PDF/X-3",
      iccProfile: "/usr/share/color/icc/ghostscript/default_cmyk.icc",
      condition: "XJ-Coated-2022",
    });
    expect(c).toMatchObject({ identifier: "XJ-Coated-2022", registry: "", source: "printer", totalInkLimit: 300 });
    // Japan Color 2001 Coated with the printer's profile: named as the registered condition it is.
    const jc = await resolvePressCondition({
      pdfx: "PDF/X-3",
      iccProfile: "/usr/share/color/icc/ghostscript/default_cmyk.icc",
      condition: "JC200103",
    });
    expect(jc).toMatchObject({ identifier: "JC200103", registry: "http://www.color.org", source: "printer" });
    await expect(
      resolvePressCondition({ pdfx: "PDF/X-3", iccProfile: "/usr/share/color/icc/sRGB.icc" }),
    ).rejects.toThrow(/press.icc_profile.*not a CMYK output/);
    await expect(resolvePressCondition({ pdfx: "PDF/X-3", condition: "JapanColor2001Coated" })).rejects.toThrow(
      /press.condition: folio can build a profile for FOGRA39 only/,
    );
  });

  it("pins the header date", () => {
    const a = pinHeaderDate(readFileSync("/usr/share/color/icc/ghostscript/default_cmyk.icc"), [2030, 5, 5, 5, 5, 5]);
    expect(a.readUInt16BE(24)).toBe(2030);
    expect(readIcc("/usr/share/color/icc/ghostscript/default_cmyk.icc").colourSpace).toBe("CMYK");
  });

  it("builds a profile from characterization data with colprof and caches it", async () => {
    // A small data set is not available; the real recipe is cached by the test above, so this
    // checks the cache hit and that a missing data file is a clear error.
    const cached = await conditionProfile(KNOWN_CONDITIONS.FOGRA39.recipe);
    expect(cached.built).toBe(false);
    await expect(conditionProfile({ ...KNOWN_CONDITIONS.FOGRA39.recipe, ti3: "/nonexistent.ti3" })).rejects.toThrow(
      /install the Debian package icc-profiles-free/,
    );
  }, 600_000);
});

describe("PDF/X flavours", () => {
  it("writes the X-1a keys and names the condition in the output intent", async () => {
    const condition = await resolvePressCondition({ pdfx: "PDF/X-1a" });
    const def = pdfxDef({ title: "t", flavour: FLAVOURS["PDF/X-1a"], condition });
    expect(def).toMatch(/\/GTS_PDFXVersion \(PDF\/X-1:2001\)\n {2}\/GTS_PDFXConformance \(PDF\/X-1a:2001\)/);
    expect(def).toMatch(/\/OutputConditionIdentifier \(FOGRA39\)/);
    expect(def).toMatch(/\/RegistryName \(http:\/\/www\.color\.org\)/);
  }, 600_000);

  it("offers PDF/X-4 only when this machine's gs writes it (probed)", async () => {
    const gsVersion = execFileSync("gs", ["--version"], { encoding: "utf8" }).trim();
    const can = await gsCanWritePdfx4();
    if (gsVersion === "10.00.0") expect(can).toBe(false); // measured: "rangecheck in .putdeviceprops"
    if (can) expect(await pdfxFlavour("PDF/X-4")).toBe(FLAVOURS["PDF/X-4"]);
    else await expect(pdfxFlavour("PDF/X-4")).rejects.toThrow(/cannot write PDF\/X-4/);
  });
});
