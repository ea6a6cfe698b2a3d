/** The package document (EPUB/package.opf) and the container file that points to it. */
import { escapeHtml } from "../../text/escape.js";
import { EPUB_DIR } from "./xhtml.js";

export const OPF_HREF = "package.opf";

export interface ManifestItem {
  id: string;
  /** Path relative to EPUB/. */
  href: string;
  mediaType: string;
  properties?: string;
}

export function packageDocument(opts: {
  lang: string;
  metadata: string;
  items: ManifestItem[];
  spine: string[];
  /** The spine's page-progression-direction; undefined: the reading system's default. */
  pageProgression?: "ltr" | "rtl";
}): string {
  const e = escapeHtml;
  const items = opts.items
    .map(
      (i) =>
        `<item id="${e(i.id)}" href="${e(i.href)}" media-type="${e(i.mediaType)}"${i.properties ? ` properties="${e(i.properties)}"` : ""} />`,
    )
    .join("\n");
  const spine = opts.spine.map((id) => `<itemref idref="${e(id)}" />`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="${e(opts.lang)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
${opts.metadata}
</metadata>
<manifest>
${items}
</manifest>
<spine${opts.pageProgression ? ` page-progression-direction="${opts.pageProgression}"` : ""}>
${spine}
</spine>
</package>
`;
}

export const CONTAINER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="${EPUB_DIR}/${OPF_HREF}" media-type="application/oebps-package+xml" />
</rootfiles>
</container>
`;
