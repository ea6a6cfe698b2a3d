/**
 * The PDF/X definition file Ghostscript runs before the input (our copy of gs's lib/PDFX_def.ps,
 * CMYK only). It must not be called PDFX_def.ps: gs finds its own lib copy first under that name.
 * Ghostscript 10.0 writes PDF/X-3:2002 (numeric -dPDFX=4 is a typecheck error there).
 */
export const PDFX_VERSION = "PDF/X-3:2002";

export interface PdfxDefInput {
  title: string;
  iccPath: string;
  /** OutputConditionIdentifier, e.g. "FOGRA39"; "Custom" when the profile is not a registered condition. */
  outputConditionIdentifier: string;
  /** Human-readable condition (/OutputCondition and /Info), e.g. the profile description. */
  outputCondition: string;
}

/** PostScript string literal: ASCII as (…) with escapes, anything else as UTF-16BE hex with BOM. */
export function psString(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  return `<FEFF${Buffer.from(s, "utf16le").swap16().toString("hex").toUpperCase()}>`;
}

export function pdfxDef({ title, iccPath, outputConditionIdentifier, outputCondition }: PdfxDefInput): string {
  return `%!PS
% folio: PDF/X-3 definitions (from Ghostscript's lib/PDFX_def.ps, CMYK output only)
systemdict /ColorConversionStrategy known not
{ (ERROR: folio-pdfx.ps needs -sColorConversionStrategy=CMYK)= /ColorConversionStrategy cvx /rangecheck signalerror } if
[ /GTS_PDFXVersion (${PDFX_VERSION})
  /Title ${psString(title)}
  /Trapped /False
/DOCINFO pdfmark
[/_objdef {icc_PDFX} /type /stream /OBJ pdfmark
[{icc_PDFX} << /N 4 >> /PUT pdfmark
[{icc_PDFX} ${psString(iccPath)} (r) file /PUT pdfmark
[/_objdef {OutputIntent_PDFX} /type /dict /OBJ pdfmark
[{OutputIntent_PDFX} <<
  /Type /OutputIntent
  /S /GTS_PDFX
  /OutputCondition ${psString(outputCondition)}
  /Info ${psString(outputCondition)}
  /OutputConditionIdentifier ${psString(outputConditionIdentifier)}
  /RegistryName (http://www.color.org)
  /DestOutputProfile {icc_PDFX}
>> /PUT pdfmark
[{Catalog} <</OutputIntents [ {OutputIntent_PDFX} ]>> /PUT pdfmark
`;
}
