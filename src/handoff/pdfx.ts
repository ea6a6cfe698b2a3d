/**
 * The PDF/X flavours folio writes and what Ghostscript needs for each. PDF/X-3:2002 is the default;
 * PDF/X-1a:2001 (what Chinese printers most often ask for) is the same CMYK-only file under the
 * X-1a keys, since every colour reaching gs is already DeviceCMYK or DeviceGray; PDF/X-4 only when
 * the local gs accepts `-dPDFX=4` (probed, never assumed: gs 10.00.0 stops with "rangecheck in
 * .putdeviceprops").
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FolioError } from "../contract/errors.js";
import type { PressSettings } from "../model/types.js";
import { run } from "../util/tools.js";

export interface PdfxFlavour {
  choice: PressSettings["pdfx"];
  /** Info /GTS_PDFXVersion. */
  version: string;
  /** Info /GTS_PDFXConformance (PDF/X-1a only). */
  conformance?: string;
  /** PDF version of the file. */
  pdfVersion: string;
  gsArgs: string[];
}

export const FLAVOURS: Record<PressSettings["pdfx"], PdfxFlavour> = {
  "PDF/X-3": {
    choice: "PDF/X-3",
    version: "PDF/X-3:2002",
    pdfVersion: "1.3",
    gsArgs: ["-dPDFX", "-dCompatibilityLevel=1.3"],
  },
  "PDF/X-1a": {
    choice: "PDF/X-1a",
    version: "PDF/X-1:2001",
    conformance: "PDF/X-1a:2001",
    pdfVersion: "1.3",
    gsArgs: ["-dPDFX", "-dCompatibilityLevel=1.3"],
  },
  "PDF/X-4": {
    choice: "PDF/X-4",
    version: "PDF/X-4",
    pdfVersion: "1.6",
    gsArgs: ["-dPDFX=4", "-dCompatibilityLevel=1.6"],
  },
};

let x4: Promise<boolean> | undefined;

/** Whether this machine's gs writes PDF/X-4: a one-page run with -dPDFX=4 (memoised). */
export function gsCanWritePdfx4(): Promise<boolean> {
  x4 ??= (async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "folio-pdfx4-"));
    const out = path.join(dir, "probe.pdf");
    try {
      await run(
        "gs",
        [
          "-q",
          "-dNOPAUSE",
          "-dBATCH",
          "-dSAFER",
          "-dPDFX=4",
          "-sDEVICE=pdfwrite",
          "-sColorConversionStrategy=CMYK",
          `-sOutputFile=${out}`,
          "-c",
          "showpage",
        ],
        { timeoutMs: 60_000 },
      );
      return statSync(out).size > 0;
    } catch {
      return false;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();
  return x4;
}

export async function pdfxFlavour(choice: PressSettings["pdfx"]): Promise<PdfxFlavour> {
  if (choice === "PDF/X-4" && !(await gsCanWritePdfx4())) {
    throw new FolioError({
      file: "issues/magazine.yaml",
      field: "press.pdfx",
      message: "this machine's Ghostscript cannot write PDF/X-4 (-dPDFX=4 is refused): use PDF/X-3 or PDF/X-1a",
    });
  }
  return FLAVOURS[choice];
}
