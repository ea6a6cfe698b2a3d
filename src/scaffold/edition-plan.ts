/**
 * `folio new` for the editions: each edition of the previous month gets issues/<new>/editions/<tag>/
 * with an edition.yaml of the same shape as last month's (its pages, the cover pages it gave words
 * for, its imprint) and an empty articles/ for the translations. Its plan is a skeleton: one entry per
 * section the edition carried (on the page the section's first article had), and the articles it
 * printed on 封二/封三, named as `folio new` names the Chinese examples. The cover words are to be
 * translated; photos are never copied or named (an edition prints the Chinese issue's photos).
 * Pure: returns what to write; src/scaffold/apply.ts writes it.
 */
import { stringify } from "yaml";
import type { Translation } from "../model/edition.js";
import type { EditionIssueYaml } from "../model/schema.js";
import type { Issue } from "../model/types.js";
import { PLACE_STEM, pageStem, type ScaffoldFile } from "./plan.js";

export interface PreviousEdition {
  tag: string;
  /** Its edition.yaml as written. */
  plan: EditionIssueYaml;
  /** What its translations record (which Chinese article each translates). */
  translations: Translation[];
}

export interface EditionScaffold {
  tag: string;
  /** Paths relative to the new issue folder. */
  files: ScaffoldFile[];
  /** Empty folders to make, relative to the new issue folder. */
  folders: string[];
  /** Entries of the plan skeleton. */
  articles: number;
}

const COVER_KEYS = ["cover", "inside_front_cover", "inside_back_cover", "back_cover"] as const;
const COVER_LABEL: Record<(typeof COVER_KEYS)[number], string> = {
  cover: "封面",
  inside_front_cover: "封二",
  inside_back_cover: "封三",
  back_cover: "封四",
};
const FIELD_LABEL = { title: "标题", caption: "图片说明", credit: "摄影者", text: "文字" } as const;

type Entry = EditionIssueYaml["articles"][number];

/** One entry per section (its first article of the inner pages), then every article on a cover page. */
function skeleton(edition: PreviousEdition, previous: Issue): Entry[] {
  const sectionOf = (id: string) => {
    const translates = edition.translations.find((t) => t.id === id)?.translates;
    return previous.articles.find((a) => a.id === translates)?.section.id ?? "article";
  };
  const inner: Entry[] = [];
  const placed: Entry[] = [];
  const seen = new Set<string>();
  for (const [n, entry] of edition.plan.articles.entries()) {
    const section = sectionOf(entry.id);
    if (entry.place) {
      const id = `${PLACE_STEM[entry.place]}-${section}`;
      if (!seen.has(id)) placed.push({ id, place: entry.place });
      seen.add(id);
      continue;
    }
    if (seen.has(section)) continue;
    seen.add(section);
    const id = pageStem(entry.page ?? n + 1, section);
    inner.push(entry.page ? { id, page: entry.page } : { id });
  }
  inner.sort((a, b) => (a.page ?? 0) - (b.page ?? 0));
  return [...inner, ...placed];
}

/** The words of a cover page the edition gave last month, to translate for this month; never its photo. */
function coverWords(plan: EditionIssueYaml): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of COVER_KEYS) {
    const before = plan[key];
    if (!before) continue;
    const fields = (Object.keys(FIELD_LABEL) as (keyof typeof FIELD_LABEL)[]).filter((f) => before[f] !== undefined);
    out[key] = Object.fromEntries(fields.map((f) => [f, `${COVER_LABEL[key]}${FIELD_LABEL[f]}(待译)`]));
  }
  return out;
}

export function planNewEdition(id: string, edition: PreviousEdition, previous: Issue): EditionScaffold {
  const dir = `editions/${edition.tag}`;
  const articles = skeleton(edition, previous);
  const yaml = {
    ...(edition.plan.pages !== undefined ? { pages: edition.plan.pages } : {}),
    ...coverWords(edition.plan),
    ...(edition.plan.imprint ? { imprint: edition.plan.imprint } : {}),
    articles,
  };
  const header = [
    `# The ${edition.tag} edition of ${id}: scaffolded from ${previous.id}/${dir}/ by \`folio new\`.`,
    `# Translate each Chinese article into articles/<id>.md (translates: <Chinese id>, source_digest: as`,
    `# folio check ${id}-${edition.tag} prints it), plan it below on its page, and translate the cover words.`,
    ...(edition.plan.imprint ? ["# imprint: last month's, to confirm."] : []),
    "",
  ].join("\n");
  return {
    tag: edition.tag,
    files: [{ path: `${dir}/edition.yaml`, content: header + stringify(yaml, { flowCollectionPadding: true }) }],
    folders: [`${dir}/articles`],
    articles: articles.length,
  };
}
