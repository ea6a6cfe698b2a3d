/**
 * Copyfit proposals for runs over their pages by more than the layout absorbs: the 字 to cut from
 * each article of the run, and, where a later run has room for it, the jump (转页) that would take
 * the rest: the article continues on that run's first page (front matter `continued_on`), printed
 * 下转第N页 / 上接第M页. Reads only the measured copyfit of each run. Pure.
 */
import type { Copyfit } from "../contract/copyfit.js";
import type { Article } from "../model/types.js";
import type { Run } from "./runs.js";

/** What the proposals need to know of an article. */
export interface ProposedArticle {
  id: string;
  /** Front matter file (for the one-line message), and its characters of text. */
  file: string;
  chars: number;
  continuedOn?: number;
}

export interface CutProposal {
  kind: "cut";
  articleId: string;
  file: string;
  page: number;
  chars: number;
  text: string;
}

export interface JumpProposal {
  kind: "jump";
  articleId: string;
  file: string;
  page: number;
  /** The page the article would continue on (`continued_on`), and about how many 字 would move there. */
  toPage: number;
  chars: number;
  text: string;
}

export type Proposal = CutProposal | JumpProposal;

/** Lines a jump costs: the 下转 note on the run's last page and the 上接 note where it continues. */
export const JUMP_NOTE_LINES = 2;

const about = (n: number) => (n >= 100 ? Math.round(n / 10) * 10 : Math.round(n));

/** Characters one line of the run holds (from its copyfit; 1 where it was not measured). */
const perLine = (c: Copyfit) => c.charsPerLine ?? (c.lines ? Math.max(1, Math.abs(c.chars / c.lines)) : 1);

/**
 * Proposals for every run that is over: one cut per article of the run (the over 字 shared by their
 * length), and a jump for the run's first article to the first later run with the room for it (room
 * is taken by one jump at a time).
 */
export function copyfitProposals(copyfit: Copyfit[], runs: Run[], articles: ProposedArticle[]): Proposal[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Room of every run in 字: lines left on its pages (filler pages included) less the 上接 note.
  const room = new Map(
    copyfit.map((c) => [c.page, c.lines < 0 ? Math.max(0, -c.lines - JUMP_NOTE_LINES) * perLine(c) : 0]),
  );
  const out: Proposal[] = [];
  for (const c of copyfit) {
    if (c.status !== "over" || c.lines <= 0) continue;
    const run = runs.find((r) => r.start === c.page);
    const members = (run?.articleIds ?? [c.articleId]).flatMap((id) => byId.get(id) ?? []);
    const total = members.reduce((s, a) => s + a.chars, 0) || 1;
    const over = c.lines * perLine(c);
    for (const a of members) {
      const chars = about((over * a.chars) / total);
      if (chars <= 0) continue;
      out.push({
        kind: "cut",
        articleId: a.id,
        file: a.file,
        page: c.page,
        chars,
        text: `cut about ${chars} 字 (p. ${c.page} is over by ${c.lines} lines)`,
      });
    }
    const first = byId.get(c.articleId);
    if (!first || first.continuedOn) continue;
    // The text that moves: what is over, and the line the 下转 note takes on the run's last page.
    const moves = (c.lines + 1) * perLine(c);
    const to = copyfit.find((t) => t.page > c.page && (room.get(t.page) ?? 0) >= moves);
    if (!to) continue;
    room.set(to.page, (room.get(to.page) ?? 0) - moves);
    const chars = about(moves);
    out.push({
      kind: "jump",
      articleId: first.id,
      file: first.file,
      page: c.page,
      toPage: to.page,
      chars,
      text: `continued_on: ${to.page} — or let it continue on p. ${to.page}, which has room: about ${chars} 字 move there (下转第${to.page}页 / 上接第${c.page}页)`,
    });
  }
  return out;
}

/** The articles as the proposals see them. */
export const proposedArticles = (articles: Article[]): ProposedArticle[] =>
  articles.map((a) => ({
    id: a.id,
    file: a.source.file,
    chars: a.blocks.reduce((n, b) => n + (b.type === "figure" ? 0 : [...b.text].length), 0),
    continuedOn: a.continuedOn,
  }));

/** One line per proposal: the article's file, then what to do. */
export const proposalLine = (p: Proposal): string => `${p.file}: ${p.text}`;
