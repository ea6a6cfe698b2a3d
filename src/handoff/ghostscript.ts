/**
 * Ghostscript command lines of the handoff: the PDF/X press conversion and the low-resolution
 * proof. Argument builders are pure; `gs` runs with -dSAFER and may read only the profile folder.
 */
import { dirname } from "node:path";
import { run, type RunResult } from "./exec.js";

export interface PdfxArgs {
  defFile: string; // folio-pdfx.ps (see pdfx-def.ts)
  iccPath: string;
  /** The flavour's own switches (pdfx.ts): -dPDFX, -dCompatibilityLevel. */
  flavourArgs: string[];
  input: string;
  output: string;
  documentUuid: string;
  instanceUuid: string;
}

/**
 * Not -q: gs then prints "Page N" before each page, and with stdout folded into stderr every warning
 * follows the page it is about (gs-messages.ts).
 */
export function pdfxArgs(a: PdfxArgs): string[] {
  return [
    "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sstdout=%stderr",
    ...a.flavourArgs, "-dPDFSETTINGS=/prepress", "-sDEVICE=pdfwrite",
    "-sColorConversionStrategy=CMYK", "-sProcessColorModel=DeviceCMYK",
    `--permit-file-read=${dirname(a.iccPath)}/`,
    `-sDocumentUUID=${a.documentUuid}`, `-sInstanceUUID=${a.instanceUuid}`,
    `-sOutputFile=${a.output}`,
    a.defFile, a.input,
  ];
}

/** Screen proof: images down to 72–150 ppi, colours as in the press PDF (CMYK). */
export function proofArgs(a: Omit<PdfxArgs, "defFile" | "iccPath" | "flavourArgs">): string[] {
  return [
    // Not -dPDFSETTINGS=/screen: that preset converts every colour to sRGB (measured: 40 s for the
    // 68-page issue, and an RGB proof); explicit downsampling keeps the CMYK colours in about 10 s.
    "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-sColorConversionStrategy=LeaveColorUnchanged",
    "-dCompatibilityLevel=1.4", "-dDownsampleColorImages=true", "-dDownsampleGrayImages=true",
    "-dColorImageDownsampleType=/Bicubic", "-dColorImageResolution=100", "-dGrayImageResolution=100",
    "-dAutoFilterColorImages=false", "-dColorImageFilter=/DCTEncode",
    `-sDocumentUUID=${a.documentUuid}`, `-sInstanceUUID=${a.instanceUuid}`,
    `-sOutputFile=${a.output}`, a.input,
  ];
}

export function gs(args: string[], signal?: AbortSignal): Promise<RunResult> {
  return run("gs", args, { signal, timeoutMs: 600_000 });
}
