/**
 * The PDF/X definition file Ghostscript runs before the input (our copy of gs's lib/PDFX_def.ps,
 * CMYK only): the version keys and the output intent naming the press condition. It must not be
 * called PDFX_def.ps: gs finds its own lib copy first under that name.
 */
import type { PressCondition } from "./press-condition.js";
import type { PdfxFlavour } from "./pdfx.js";

export interface PdfxDefInput {
  title: string;
  flavour: PdfxFlavour;
  condition: PressCondition;
}

/** PostScript string literal: ASCII as (…) with escapes, anything else as UTF-16BE hex with BOM. */
export function psString(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  return `<FEFF${Buffer.from(s, "utf16le").swap16().toString("hex").toUpperCase()}>`;
}

export function pdfxDef({ title, flavour, condition: c }: PdfxDefInput): string {
  return `%!PS
% folio: ${flavour.version} definitions (from Ghostscript's lib/PDFX_def.ps, CMYK output only)
systemdict /ColorConversionStrategy known not
{ (ERROR: folio-pdfx.ps needs -sColorConversionStrategy=CMYK)= /ColorConversionStrategy cvx /rangecheck signalerror } if
[ /GTS_PDFXVersion (${flavour.version})
${flavour.conformance ? `  /GTS_PDFXConformance (${flavour.conformance})\n` : ""}  /Title ${psString(title)}
  /Trapped /False
/DOCINFO pdfmark
[/_objdef {icc_PDFX} /type /stream /OBJ pdfmark
[{icc_PDFX} << /N 4 >> /PUT pdfmark
[{icc_PDFX} ${psString(c.profile.path)} (r) file /PUT pdfmark
[/_objdef {OutputIntent_PDFX} /type /dict /OBJ pdfmark
[{OutputIntent_PDFX} <<
  /Type /OutputIntent
  /S /GTS_PDFX
  /OutputConditionIdentifier ${psString(c.identifier)}
  /OutputCondition ${psString(c.outputCondition)}
  /Info ${psString(c.info)}
  /RegistryName ${psString(c.registry)}
  /DestOutputProfile {icc_PDFX}
>> /PUT pdfmark
[{Catalog} <</OutputIntents [ {OutputIntent_PDFX} ]>> /PUT pdfmark
`;
}
