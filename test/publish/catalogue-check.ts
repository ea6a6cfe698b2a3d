/** What a reading app needs of each OPDS 1.2 entry, read from the catalogue's XML alone. */
import { DOMParser, type Element } from "@xmldom/xmldom";

const ATOM = "http://www.w3.org/2005/Atom";
const DC = "http://purl.org/dc/terms/";

/** Each entry's own identifier (dc:identifier), published date and language, read from the XML alone. */
export function catalogueEntries(xml: string) {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const entries = Array.from(doc.getElementsByTagNameNS(ATOM, "entry")) as Element[];
  return entries.map((e) => ({
    identifiers: Array.from(e.getElementsByTagNameNS(DC, "identifier")).map((x) => x.textContent ?? ""),
    published: e.getElementsByTagNameNS(ATOM, "published")[0]?.textContent ?? null,
    language: e.getElementsByTagNameNS(DC, "language")[0]?.textContent ?? null,
  }));
}

/** Problems a reading app would meet: an entry without one identifier of its own, or without its date. */
export function catalogueProblems(xml: string): string[] {
  const entries = catalogueEntries(xml);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  entries.forEach((e, n) => {
    if (e.identifiers.length !== 1) problems.push(`entry ${n + 1}: ${e.identifiers.length} dc:identifier`);
    for (const id of e.identifiers) {
      if (id.startsWith("urn:issn:")) problems.push(`entry ${n + 1}: the ISSN as its identifier`);
      const before = seen.get(id);
      if (before !== undefined) problems.push(`entry ${n + 1}: the identifier of entry ${before + 1}`);
      seen.set(id, n);
    }
    if (!e.published) problems.push(`entry ${n + 1}: no published date`);
    if (!e.language) problems.push(`entry ${n + 1}: no dc:language`);
  });
  return problems;
}
