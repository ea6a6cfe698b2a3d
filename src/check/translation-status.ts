/**
 * 翻译审读: what the review of an edition's translations has to read, from the Chinese issue and the
 * edition's translation records. Pure. Every finding is a warning, never an error: an edition may go
 * to press without every article of the Chinese issue.
 *  - untranslated: a Chinese article of the plan that no translation names;
 *  - changed: a translation whose `source_digest` is not the Chinese file's digest now (or is missing):
 *    the Chinese article changed since it was translated, or nobody recorded which text was translated;
 *  - unplanned: a translation whose `translates` is no article of the Chinese plan.
 */
import type { Translation } from "../model/edition.js";
import type { Article } from "../model/types.js";

export type TranslationFinding =
  | { kind: "untranslated"; article: Article }
  | { kind: "changed"; translation: Translation; article: Article }
  | { kind: "unplanned"; translation: Translation };

export interface TranslationStatus {
  tag: string;
  /** Chinese articles in the plan. */
  planned: number;
  /** Of them, those with a translation (as it is now, or changed since). */
  translated: number;
  untranslated: number;
  /** Of the translated, those with a translation to review (changed since, or no digest). */
  changed: number;
  /** In the Chinese plan's order, then the unplanned translations. */
  findings: TranslationFinding[];
}

export function translationStatus(
  base: { articles: Article[] },
  edition: { tag: string; translations: Translation[] },
): TranslationStatus {
  const findings: TranslationFinding[] = [];
  let translated = 0;
  let changed = 0;
  for (const article of base.articles) {
    const of = edition.translations.filter((t) => t.translates === article.id);
    if (!of.length) {
      findings.push({ kind: "untranslated", article });
      continue;
    }
    translated++;
    const stale = of.filter((t) => t.sourceDigest !== article.digest);
    if (stale.length) changed++;
    findings.push(...stale.map((translation) => ({ kind: "changed" as const, translation, article })));
  }
  const planned = new Set(base.articles.map((a) => a.id));
  for (const translation of edition.translations)
    if (!planned.has(translation.translates)) findings.push({ kind: "unplanned", translation });
  return {
    tag: edition.tag,
    planned: base.articles.length,
    translated,
    untranslated: base.articles.length - translated,
    changed,
    findings,
  };
}

/** One line, `file:line: what — what to do`, for a finding. */
export function findingLine(f: TranslationFinding, tag: string): string {
  switch (f.kind) {
    case "untranslated":
      return `${f.article.source.file}:${f.article.source.line}: not translated in the ${tag} edition (a translation of it says translates: ${f.article.id} and source_digest: ${f.article.digest})`;
    case "changed": {
      const t = f.translation;
      return t.sourceDigest === undefined
        ? `${t.file}:${t.line}: source_digest: missing — review the translation against ${f.article.source.file}, then add source_digest: ${f.article.digest}`
        : `${t.file}:${t.digestLine ?? t.line}: source_digest: ${f.article.source.file} changed since it was translated (${t.sourceDigest}, now ${f.article.digest}) — review the translation, then set source_digest: ${f.article.digest}`;
    }
    case "unplanned":
      return `${f.translation.file}:${f.translation.line}: translates: ${f.translation.translates} is no article of the Chinese issue's plan — name one of its articles, or take this translation out of the edition`;
  }
}

/** "40 of 43 Chinese articles translated, 3 untranslated, 2 changed since translated". */
export function statusLine(s: TranslationStatus): string {
  const unplanned = s.findings.filter((f) => f.kind === "unplanned").length;
  return `${s.translated} of ${s.planned} Chinese articles translated, ${s.untranslated} untranslated, ${s.changed} changed since translated${unplanned ? `, ${unplanned} translating no article of the plan` : ""}`;
}
