/**
 * Colour findings per page, from the PDF objects: RGB colour spaces (DeviceRGB, CalRGB,
 * 3-component ICCBased) anywhere reachable from the page, RGB operators in its content streams,
 * and the fill colours text is shown in. (Which plates text really prints on is read from the
 * rendered separations: plates.ts.)
 */
import {
  PDFArray,
  type PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  decodePDFRawStream,
  type PDFObject,
} from "pdf-lib";
import { reachable } from "../pdf-walk.js";
import { tokenize } from "../content-tokens.js";

export interface PageColour {
  page: number;
  rgbSpaces: string[];
  rgbOperators: number;
  /** Fill colours in force at text-showing operators, as written: "0 g", "0 0 0 1 k", "/CS0 cs 1 scn". */
  textFills: Map<string, number>;
}

const TEXT_OPS = new Set(["Tj", "TJ", "'", '"']);
const FILL_OPS = new Set(["g", "rg", "k", "sc", "scn"]);

/** Text fill colours and RGB operator count of one content stream (pure). */
export function scanContent(stream: string, into: Pick<PageColour, "textFills" | "rgbOperators">): void {
  const stack: string[] = [];
  let fill = "0 g"; // initial graphics state: DeviceGray black
  let operands: string[] = [];
  let space = "";
  for (const t of tokenize(stream)) {
    if (t.kind !== "operator") {
      operands.push(t.text);
      continue;
    }
    const op = t.text;
    if (op === "q") stack.push(fill);
    else if (op === "Q") fill = stack.pop() ?? fill;
    else if (op === "cs") space = operands.join(" ");
    else if (FILL_OPS.has(op)) fill = `${op === "sc" || op === "scn" ? `${space} cs ` : ""}${operands.join(" ")} ${op}`;
    else if (TEXT_OPS.has(op)) into.textFills.set(fill, (into.textFills.get(fill) ?? 0) + 1);
    if (op === "rg" || op === "RG") into.rgbOperators++;
    operands = [];
  }
}

function isRgbSpace(o: PDFObject | undefined, doc: PDFDocument): string | undefined {
  if (o instanceof PDFName) return ["/DeviceRGB", "/CalRGB"].includes(o.asString()) ? o.asString() : undefined;
  if (o instanceof PDFArray && o.size() === 2 && o.get(0) === PDFName.of("ICCBased")) {
    const s = doc.context.lookup(o.get(1));
    const n = s instanceof PDFRawStream ? s.dict.get(PDFName.of("N")) : undefined;
    if (n instanceof PDFNumber && n.asNumber() === 3) return "ICCBased (3 components)";
  }
  return undefined;
}

export function pageColours(doc: PDFDocument): PageColour[] {
  return doc.getPages().map((p, i) => {
    const out: PageColour = { page: i + 1, rgbSpaces: [], rgbOperators: 0, textFills: new Map() };
    for (const { obj, key } of reachable(doc, p)) {
      const rgb = isRgbSpace(obj, doc);
      if (rgb && !out.rgbSpaces.includes(rgb)) out.rgbSpaces.push(rgb);
      if (
        obj instanceof PDFRawStream &&
        (key === "/Contents" || obj.dict.get(PDFName.of("Subtype")) === PDFName.of("Form"))
      ) {
        scanContent(Buffer.from(decodePDFRawStream(obj).decode()).toString("latin1"), out);
      }
    }
    return out;
  });
}
