/**
 * Which pages changed between two proof rounds, and why (pure). A page changed when its key (what it
 * draws) differs. It was **edited** when a source of its own changed (an article with text on it, a
 * photo placed on it), **re-set** when a source every page shares changed (magazine.yaml, issue.yaml,
 * a template or a style), and it **moved** otherwise (text pushed from an edited page, the 目录's page
 * numbers). "Its own": the page's text (as read from the PDF) holds a changed passage of an edited
 * article, before the change in the last round or after it in this one, or the page carries a changed
 * photo. An edited article's page gives the changed passage before and after.
 */
import { diffChars } from "diff";
import type { RoundRecord } from "./record.js";

export type SourceKind = "article" | "photo" | "issue" | "magazine" | "template" | "style" | "other";
export type ChangeKind = "edited" | "re-set" | "moved" | "added" | "removed";

export interface Passage {
  file: string;
  before: string;
  after: string;
}

export interface PageChange {
  index: number;
  name: string;
  kind: ChangeKind;
  /** The changed source files that touch the page (its own, or shared ones). */
  files: string[];
  passages: Passage[];
  toc: boolean;
}

export function sourceKind(file: string): SourceKind {
  const f = file.replaceAll("\\", "/");
  if (/(^|\/)magazine\.yaml$/.test(f)) return "magazine";
  if (/(^|\/)(issue|edition)\.yaml$/.test(f)) return "issue";
  if (/(^|\/)templates\//.test(f)) return "template";
  if (/(^|\/)styles\//.test(f)) return "style";
  if (/\.(md|markdown)$/i.test(f)) return "article";
  if (/\.(jpe?g|png|tiff?|webp|gif|svg)$/i.test(f)) return "photo";
  return "other";
}

/** Source files added, removed or changed from one round to the next. */
export function changedSources(prev: RoundRecord, cur: RoundRecord): string[] {
  const files = new Set([...Object.keys(prev.sources), ...Object.keys(cur.sources)]);
  return [...files].filter((f) => prev.sources[f] !== cur.sources[f]).sort();
}

const CONTEXT = 12;
const clip = (s: string, from: "start" | "end") =>
  s.length <= CONTEXT ? s : from === "start" ? `…${s.slice(-CONTEXT)}` : `${s.slice(0, CONTEXT)}…`;
const oneLine = (s: string) => s.replace(/\s+/g, " ");

/** The first changed passage of a text, with a little context on each side; undefined when equal. */
export function changedPassage(before: string, after: string): { before: string; after: string } | undefined {
  if (before === after) return undefined;
  const parts = diffChars(before, after);
  const first = parts.findIndex((p) => p.added || p.removed);
  let end = first;
  while (end < parts.length && (parts[end].added || parts[end].removed)) end++;
  const lead = clip(
    parts
      .slice(0, first)
      .map((p) => p.value)
      .join(""),
    "start",
  );
  const tail = clip(parts[end]?.value ?? "", "end");
  const changed = parts.slice(first, end);
  const side = (keep: "added" | "removed") =>
    `${lead}${changed
      .filter((p) => p[keep])
      .map((p) => p.value)
      .join("")}${tail}`;
  return { before: oneLine(side("removed")), after: oneLine(side("added")) };
}

const bare = (s: string) => s.replace(/\s+/g, "");

/** Every changed passage of a text, each side with a few characters around it, without white space. */
export function changeMarks(before: string, after: string): { before: string[]; after: string[] } {
  const parts = diffChars(bare(before), bare(after));
  const out = { before: [] as string[], after: [] as string[] };
  const AROUND = 6;
  for (let i = 0; i < parts.length; i++) {
    if (!parts[i].added && !parts[i].removed) continue;
    const lead = (parts[i - 1] && !parts[i - 1].added && !parts[i - 1].removed ? parts[i - 1].value : "").slice(
      -AROUND,
    );
    let j = i;
    const removed: string[] = [];
    const added: string[] = [];
    for (; j < parts.length && (parts[j].added || parts[j].removed); j++)
      (parts[j].added ? added : removed).push(parts[j].value);
    const tail = (parts[j]?.value ?? "").slice(0, AROUND);
    if (removed.length) out.before.push(`${lead}${removed.join("")}${tail}`);
    if (added.length) out.after.push(`${lead}${added.join("")}${tail}`);
    // A passage cut by a page break: its changed letters alone, when they say enough.
    for (const [side, list] of [
      ["before", removed],
      ["after", added],
    ] as const)
      if (list.join("").length >= 2) out[side].push(list.join(""));
    i = j - 1;
  }
  return out;
}

export function comparePages(prev: RoundRecord, cur: RoundRecord): PageChange[] {
  const changed = changedSources(prev, cur);
  const shared = changed.filter((f) => ["magazine", "issue", "template", "style"].includes(sourceKind(f)));
  const edited = new Set(
    Object.entries(cur.articles)
      .filter(([id, a]) => changed.includes(a.file) || prev.articles[id]?.text !== a.text)
      .map(([id]) => id),
  );
  const photos = new Set(changed.filter((f) => sourceKind(f) === "photo"));
  const out: PageChange[] = [];
  for (let i = 0; i < Math.max(prev.pages.length, cur.pages.length); i++) {
    const p = prev.pages[i];
    const c = cur.pages[i];
    if (p && c && p.key === c.key) continue;
    const page = c ?? p;
    const base = { index: i, name: page.name, toc: page.roles.includes("toc"), passages: [] as Passage[] };
    if (!p || !c) {
      out.push({ ...base, kind: p ? "removed" : "added", files: shared });
      continue;
    }
    const own = c.articles.filter((id) => {
      if (!edited.has(id)) return false;
      const marks = changeMarks(prev.articles[id]?.text ?? "", cur.articles[id].text);
      return marks.after.some((m) => bare(c.text).includes(m)) || marks.before.some((m) => bare(p.text).includes(m));
    });
    const ownPhotos = [...new Set([...c.images, ...p.images])].filter((f) => photos.has(f));
    const passages = own.flatMap((id) => {
      const a = cur.articles[id];
      const d = changedPassage(prev.articles[id]?.text ?? "", a.text);
      return d ? [{ file: a.file, ...d }] : [];
    });
    const files = [...new Set([...own.map((id) => cur.articles[id].file), ...ownPhotos])];
    const kind: ChangeKind = files.length ? "edited" : shared.length ? "re-set" : "moved";
    out.push({ ...base, kind, files: kind === "re-set" ? shared : files, passages });
  }
  return out;
}
