/**
 * Ghostscript command lines of the handoff: the PDF/X press conversion and the low-resolution
 * proof. Argument builders are pure; `gs` runs with -dSAFER and may read only the profile folder.
 */
import { dirname } from "node:path";
import { run, type RunResult } from "../util/tools.js";

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
    "-dNOPAUSE",
    "-dBATCH",
    "-dSAFER",
    "-sstdout=%stderr",
    ...a.flavourArgs,
    "-dPDFSETTINGS=/prepress",
    "-sDEVICE=pdfwrite",
    "-sColorConversionStrategy=CMYK",
    "-sProcessColorModel=DeviceCMYK",
    `--permit-file-read=${dirname(a.iccPath)}/`,
    `-sDocumentUUID=${a.documentUuid}`,
    `-sInstanceUUID=${a.instanceUuid}`,
    `-sOutputFile=${a.output}`,
    a.defFile,
    a.input,
  ];
}

export function gs(args: string[], signal?: AbortSignal): Promise<RunResult> {
  return run("gs", args, { signal, timeoutMs: 600_000 });
}
