/**
 * The issue as the writers set it: every piece of Chinese text folio writes (body, titles, kickers,
 * subtitles, leads, pull quotes, captions and alt text, bylines, notes, covers, imprint, section
 * names; hence also the 目录, the PDF outline and metadata, the EPUB nav and metadata) gets full-width
 * punctuation (GB/T 15834: "," ":" ";" "?" "!" and "( )" between Chinese characters). This is the one
 * place it happens: the build hands this copy to every writer stage (src/pipeline/build.ts) and the
 * preview to its print writer; the model keeps the source text as written. Pure.
 */
import { InternalError } from "../contract/errors.js";
import type { Article, Block, CoverPage, ImageRef, Issue, Magazine, Section } from "../model/types.js";
import { fullWidthPunctuation as fw, fullWidthPunctuationHtml as fwHtml } from "../text/cjk-punctuation.js";

const opt = (s: string | undefined) => (s === undefined ? s : fw(s));

const image = (i: ImageRef): ImageRef => ({ ...i, caption: opt(i.caption), credit: opt(i.credit) });
const imageOpt = (i: ImageRef | undefined) => (i ? image(i) : i);
const coverPage = (c: CoverPage): CoverPage => ({
  ...c,
  image: imageOpt(c.image),
  caption: opt(c.caption),
  credit: opt(c.credit),
  title: opt(c.title),
  text: opt(c.text),
});
const cover = (c: CoverPage | undefined): CoverPage | undefined => c && coverPage(c);
const section = (s: Section): Section => ({ ...s, name: fw(s.name) });

function block(b: Block): Block {
  const text = fw(b.text);
  switch (b.type) {
    case "figure":
      return { ...b, text, image: image(b.image) };
    case "paragraph":
    case "heading":
      return { ...b, text, html: fwHtml(b.html) };
    default:
      return { ...b, text, html: fwHtml(b.html) };
  }
}

function article(a: Article, sections: Map<string, Section>): Article {
  return {
    ...a,
    title: fw(a.title),
    titleBreaks: opt(a.titleBreaks),
    toc: { ...a.toc, title: opt(a.toc.title) },
    kicker: opt(a.kicker),
    subtitle: opt(a.subtitle),
    section: sections.get(a.section.id) ?? section(a.section),
    authors: a.authors.map(fw),
    affiliation: opt(a.affiliation),
    lead: a.lead && { label: fw(a.lead.label), text: fw(a.lead.text) },
    sourceNote: opt(a.sourceNote),
    editor: opt(a.editor),
    blocks: a.blocks.map(block),
  };
}

function magazine(m: Magazine): Magazine {
  return { ...m, title: fw(m.title), slogan: opt(m.slogan), sections: m.sections.map(section) };
}

const typeset = new WeakMap<Issue, Issue>();

export function typesetIssue(issue: Issue): Issue {
  const done = typeset.get(issue);
  if (done) return done;
  const mag = magazine(issue.magazine);
  const sections = new Map(mag.sections.map((s) => [s.id, s]));
  const articles = issue.articles.map((a) => article(a, sections));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const typesetArticle = (id: string): Article => {
    const a = byId.get(id);
    if (!a) throw new InternalError(`typeset: article ${id} of a section is not among the issue's articles`);
    return a;
  };
  const i = issue.imprint;
  const out: Issue = {
    ...issue,
    magazine: mag,
    cover: coverPage(issue.cover),
    insideFrontCover: cover(issue.insideFrontCover),
    insideBackCover: cover(issue.insideBackCover),
    backCover: cover(issue.backCover),
    imprint: {
      ...i,
      supervisor: fw(i.supervisor),
      sponsor: fw(i.sponsor),
      publisher: fw(i.publisher),
      masthead: i.masthead.map((r) => ({ role: fw(r.role), names: r.names.map(fw) })),
      address: fw(i.address),
      publicationDay: fw(i.publicationDay),
      printer: fw(i.printer),
      copyrightNotice: fw(i.copyrightNotice),
      qrCodes: i.qrCodes.map((q) => ({ ...q, caption: fw(q.caption) })),
    },
    sections: issue.sections.map((s) => ({
      section: sections.get(s.section.id) ?? section(s.section),
      articles: s.articles.map((a) => typesetArticle(a.id)),
    })),
    articles,
    fillers: issue.fillers.map((f) => ({ ...f, image: image(f.image), caption: opt(f.caption) })),
  };
  typeset.set(issue, out);
  typeset.set(out, out);
  return out;
}
