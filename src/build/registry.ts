/**
 * The stages folio runs for an issue, in order: images are checked, the print edition is paginated
 * (both PDFs from one pagination), the EPUB takes the print page map, the handoff takes the print PDF.
 */
import { buildHandoff } from "../handoff/index.js";
import { collectImages, intakeImages } from "../images/index.js";
import { renderEpub, type PageStart } from "../render/epub/index.js";
import { renderPrint } from "../render/print/index.js";
import type { Stage } from "./stages.js";
import type { StageResult } from "./types.js";

const need = <T>(r: StageResult | undefined, key: string): T | undefined => r?.data?.[key] as T | undefined;
const fileOf = (r: StageResult | undefined, kind: string): string => {
  const f = r?.files.find((x) => x.kind === kind);
  if (!f) throw new Error(`the print stage made no ${kind}`);
  return f.path;
};

export const STAGES: Stage[] = [
  {
    name: "images",
    kinds: [],
    needs: [],
    async run({ issue }) {
      const uses = collectImages(issue);
      const intake = await intakeImages(uses, {});
      return { files: [], facts: { images: { count: intake.byPath.size } } };
    },
  },
  {
    name: "print",
    kinds: ["screen-pdf", "print-pdf", "print-html", "thumbnails"],
    needs: ["images"],
    run: ({ issue }, ctx) => renderPrint(issue, ctx),
  },
  {
    name: "epub",
    kinds: ["epub"],
    needs: ["print"],
    run: ({ issue, results }, ctx) => {
      const print = results.get("print");
      return renderEpub(issue, { pageMap: need<PageStart[]>(print, "pageMap"), coverPng: need<string>(print, "coverPng") }, ctx);
    },
  },
  {
    name: "handoff",
    kinds: ["print-pdf", "preflight", "handoff"],
    needs: ["print"],
    async run({ issue, results }, ctx) {
      const print = results.get("print");
      const input = { printPdf: fileOf(print, "print-pdf"), screenPdf: fileOf(print, "screen-pdf"), toc: print?.toc ?? [] };
      const result = await buildHandoff(issue, input, ctx);
      // From here on the press PDF is the print-pdf; the RGB bleed PDF stays as the printer's proof copy.
      for (const f of print?.files ?? []) if (f.kind === "print-pdf") f.kind = "print-rgb-pdf";
      return result;
    },
  },
];
