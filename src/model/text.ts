/** Plain text of the whole issue: used to prove no source text is lost (fidelity test) and for search. */
import type { Article, CoverPage, Issue } from "./types.js";

export function articlePlainText(a: Article): string {
  return [
    a.kicker,
    a.title,
    a.subtitle,
    a.authors.join(" "),
    a.lead?.label,
    a.lead?.text,
    ...a.blocks.map((b) => b.text),
    a.affiliation,
    a.sourceNote,
    a.editor,
  ]
    .filter(Boolean)
    .join("\n");
}

function coverText(c: CoverPage | undefined): string {
  return c ? [c.title, c.text, c.caption, c.credit].filter(Boolean).join("\n") : "";
}

export function issuePlainText(issue: Issue): string {
  const m = issue.magazine;
  const i = issue.imprint;
  return [
    m.title,
    m.titleLatin,
    m.slogan,
    m.issn && `ISSN ${m.issn}`,
    m.cn && `CN ${m.cn}`,
    m.price,
    i.supervisor,
    i.sponsor,
    i.publisher,
    ...i.masthead.map((r) => `${r.role} ${r.names.join(" ")}`),
    i.address,
    i.phone,
    i.postcode,
    i.email,
    i.publicationDay,
    i.printer,
    i.copyrightNotice,
    ...i.qrCodes.map((q) => q.caption),
    ...[issue.cover, issue.insideFrontCover, issue.insideBackCover, issue.backCover].map(coverText),
    ...issue.sections.map((s) => s.section.name),
    ...issue.articles.map(articlePlainText),
  ]
    .filter(Boolean)
    .join("\n");
}
