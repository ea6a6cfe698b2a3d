/** The EPUB's navigation document, read for the web: 目录 (sections → entries) and the page-list. */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

export interface NavEntry {
  title: string;
  /** Document href inside the EPUB (e.g. "p004-gaoduan-shilun.xhtml"). */
  href: string;
}

export interface NavSection {
  name: string;
  entries: NavEntry[];
}

export interface PageTarget {
  folio: string;
  /** "doc.xhtml#page-23" */
  href: string;
}

const XHTML = "http://www.w3.org/1999/xhtml";
const OPS = "http://www.idpf.org/2007/ops";

function navOf(doc: Document, type: string): Element | undefined {
  return Array.from(doc.getElementsByTagNameNS(XHTML, "nav")).find((n) =>
    (n.getAttributeNS(OPS, "type") ?? "").split(/\s+/).includes(type),
  );
}

const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const childrenNamed = (el: Element, name: string) =>
  Array.from(el.childNodes).filter((c): c is Element => (c as Element).localName === name);

export function readNav(xhtml: string): { sections: NavSection[]; pages: PageTarget[] } {
  const doc = new DOMParser().parseFromString(xhtml, "application/xhtml+xml");
  const sections: NavSection[] = [];
  const toc = navOf(doc, "toc");
  const top = toc ? childrenNamed(toc, "ol")[0] : undefined;
  for (const li of top ? childrenNamed(top, "li") : []) {
    const sub = childrenNamed(li, "ol")[0];
    const link = childrenNamed(li, "a")[0];
    if (!sub && link) {
      sections.push({ name: "", entries: [{ title: text(link), href: link.getAttribute("href") ?? "" }] });
      continue;
    }
    const label = childrenNamed(li, "span")[0] ?? link;
    const entries = (sub ? childrenNamed(sub, "li") : []).flatMap((item) => {
      const a = childrenNamed(item, "a")[0];
      return a ? [{ title: text(a), href: a.getAttribute("href") ?? "" }] : [];
    });
    sections.push({ name: text(label), entries });
  }
  const list = navOf(doc, "page-list");
  const pages = list
    ? Array.from(list.getElementsByTagNameNS(XHTML, "a")).map((a) => ({
        folio: text(a),
        href: a.getAttribute("href") ?? "",
      }))
    : [];
  return { sections, pages };
}
