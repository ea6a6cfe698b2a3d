/**
 * PDF/X as a printer's preflight reads it from the file: the version keys in the document info,
 * Trapped, one GTS_PDFX output intent naming the press condition (with a CMYK profile, or a
 * registered condition), and on every page: no annotations (but TrapNet and PrinterMark), no
 * transparency, no RGB. PDF/X-1a also allows no ICC-based colour in the pages.
 */
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFString,
  PDFHexString,
  type PDFDocument,
  type PDFObject,
} from "pdf-lib";
import { transparencyPages } from "../transparency.js";
import { reachable } from "../pdf-walk.js";
import type { PageColour } from "./colour.js";
import { orPass, type CheckResult } from "./types.js";

export interface PdfxExpectation {
  version: string;
  conformance?: string;
  /** OutputConditionIdentifier of the press condition. */
  condition: string;
}

const text = (o: PDFObject | undefined) =>
  o instanceof PDFString || o instanceof PDFHexString
    ? o.decodeText()
    : o instanceof PDFName
      ? o.decodeText()
      : undefined;

export function checkPdfxKeys(doc: PDFDocument, want: PdfxExpectation): CheckResult[] {
  const found: CheckResult[] = [];
  const fail = (message: string) => found.push({ check: "pdfx", status: "fail", message });
  const infoRef = doc.context.trailerInfo.Info;
  const info = infoRef ? doc.context.lookup(infoRef) : undefined;
  const get = (k: string) => (info instanceof PDFDict ? info.lookup(PDFName.of(k)) : undefined);
  const version = text(get("GTS_PDFXVersion"));
  if (version !== want.version) fail(`GTS_PDFXVersion is ${version ?? "missing"}, expected ${want.version}`);
  if (want.conformance && text(get("GTS_PDFXConformance")) !== want.conformance)
    fail(`GTS_PDFXConformance is ${text(get("GTS_PDFXConformance")) ?? "missing"}, expected ${want.conformance}`);
  const trapped = text(get("Trapped"));
  if (trapped !== "True" && trapped !== "False") fail(`Trapped is ${trapped ?? "missing"} (must be True or False)`);
  if (!text(get("Title"))) fail("no Title in the document info");
  const intents = doc.catalog.lookup(PDFName.of("OutputIntents"));
  const pdfx =
    intents instanceof PDFArray
      ? intents
          .asArray()
          .map((o) => doc.context.lookup(o))
          .filter((d): d is PDFDict => d instanceof PDFDict && d.get(PDFName.of("S")) === PDFName.of("GTS_PDFX"))
      : [];
  if (pdfx.length !== 1) fail(`${pdfx.length} GTS_PDFX output intents (exactly one needed)`);
  const intent = pdfx[0];
  if (intent) {
    const id = text(intent.lookup(PDFName.of("OutputConditionIdentifier")));
    if (id !== want.condition)
      fail(`output intent names ${id ?? "no condition"}, the press condition is ${want.condition}`);
    const profile = intent.lookup(PDFName.of("DestOutputProfile"));
    const n = profile instanceof PDFRawStream ? profile.dict.get(PDFName.of("N")) : undefined;
    const registered = text(intent.lookup(PDFName.of("RegistryName")))?.includes("color.org");
    if (profile && !(n instanceof PDFNumber && n.asNumber() === 4))
      fail("the output intent's profile is not a 4-channel (CMYK) profile");
    if (!profile && !registered) fail("the output intent has neither a profile nor a registered condition");
  }
  return orPass(
    "pdfx",
    found,
    `${want.conformance ?? want.version}, output intent ${want.condition}, Trapped ${trapped}`,
  );
}

const ALLOWED_ANNOTS = new Set(["/TrapNet", "/PrinterMark"]);

export function checkPages(doc: PDFDocument, colours: PageColour[], opts: { noIcc: boolean }): CheckResult[] {
  const found: CheckResult[] = [];
  doc.getPages().forEach((page, i) => {
    const annots = page.node.lookup(PDFName.of("Annots"));
    const kinds =
      annots instanceof PDFArray
        ? annots
            .asArray()
            .map((a) => doc.context.lookup(a))
            .map((a) => (a instanceof PDFDict ? a.get(PDFName.of("Subtype")) : undefined))
        : [];
    const bad = kinds.filter((k) => !(k instanceof PDFName && ALLOWED_ANNOTS.has(k.asString())));
    if (bad.length)
      found.push({
        check: "annotations",
        status: "fail",
        page: i + 1,
        message: `${bad.length} annotation(s) (${[...new Set(bad.map((k) => k?.toString() ?? "?"))].join(", ")}): PDF/X allows none on the page`,
      });
    if (opts.noIcc) {
      const icc = [...reachable(doc, page)].some(
        ({ obj }) => obj instanceof PDFArray && obj.get(0) === PDFName.of("ICCBased"),
      );
      if (icc)
        found.push({
          check: "colour",
          status: "fail",
          page: i + 1,
          message: "ICC-based colour on the page: PDF/X-1a allows only DeviceCMYK, DeviceGray and spot colours",
        });
    }
  });
  for (const p of transparencyPages(doc))
    found.push({
      check: "transparency",
      status: "fail",
      page: p,
      message: "transparency (soft mask, alpha below 1 or a transparency group): not allowed in PDF/X-1a/X-3",
    });
  for (const p of colours) {
    if (p.rgbSpaces.length)
      found.push({
        check: "colour",
        status: "fail",
        page: p.page,
        message: `RGB colour space(s): ${p.rgbSpaces.join(", ")}`,
      });
    if (p.rgbOperators)
      found.push({
        check: "colour",
        status: "fail",
        page: p.page,
        message: `${p.rgbOperators} RGB colour operator(s) (rg/RG)`,
      });
  }
  const passed = {
    annotations: "no annotations on any page",
    transparency: "no transparency on any page",
    colour: `no RGB${opts.noIcc ? " and no ICC-based colour" : ""} on any page`,
  };
  const checks: (keyof typeof passed)[] = ["annotations", "transparency", "colour"];
  return checks.flatMap((c) =>
    orPass(
      c,
      found.filter((f) => f.check === c),
      passed[c],
    ),
  );
}
