/**
 * `folio new`: plan the next issue's files from the magazine defaults and the previous issue's
 * section plan. Pure: returns file contents; src/scaffold/apply.ts writes them.
 */
import { stringify } from "yaml";
import type { Issue } from "../model/types.js";

export interface ScaffoldFile {
  /** Path relative to the new issue folder. */
  path: string;
  content: string;
}

export function monthsBetween(fromId: string, toId: string): number {
  const [fy, fm] = fromId.split("-").map(Number);
  const [ty, tm] = toId.split("-").map(Number);
  return (ty - fy) * 12 + (tm - fm);
}

/** One example article per section slot of the previous issue, on the same planned pages. */
export function planNewIssue(id: string, previous: Issue): ScaffoldFile[] {
  const [year, number] = id.split("-").map(Number);
  const day = previous.date.slice(8, 10);
  const slots: { id: string; page?: number; section: { id: string; name: string }; variant: string }[] = [];
  for (const { section, articles } of previous.sections) {
    const first = articles[0];
    slots.push({
      id: `p${String(first.plannedPage ?? slots.length + 1).padStart(3, "0")}-${section.id}`,
      page: first.plannedPage,
      section,
      variant: first.layout.variant,
    });
  }
  slots.sort((a, b) => (a.page ?? 0) - (b.page ?? 0));
  const issueYaml = {
    year,
    number,
    total_number: previous.totalNumber + monthsBetween(previous.id, id),
    date: `${id}-${day}`,
    pages: previous.pages,
    cover: { caption: "封面图片说明(待定)", credit: "摄影者/摄" },
    // This month's delivery is not known yet; everything else is last month's, still to be confirmed.
    press: pressForNextIssue(previous.press),
    articles: slots.map((s) => (s.page ? { id: s.id, page: s.page } : { id: s.id })),
  };
  const header = `# ${previous.magazine.title} ${year}年第${number}期: scaffolded from ${previous.id} by \`folio new\`.\n# Replace the example articles, add photos under images/ and run \`folio check ${id}\`.\n`;
  return [
    { path: "issue.yaml", content: header + stringify(issueYaml, { flowCollectionPadding: true }) },
    ...slots.map((s) => ({ path: `articles/${s.id}.md`, content: exampleArticle(s.section, s.variant) })),
  ];
}

function exampleArticle(section: { id: string; name: string }, variant: string): string {
  return [
    "---",
    `title: ${section.name}(标题待定)`,
    `section: ${section.id}`,
    "authors: [作者待定]",
    `layout: { variant: ${variant} }`,
    "---",
    "",
    "正文待定。每段之间空一行;小标题用“## ”开头。",
    "",
  ].join("\n");
}

function pressForNextIssue(p: Issue["press"]): Record<string, unknown> {
  const fields = { paper: p.paper, cover_paper: p.coverPaper, quantity: p.quantity, contact: p.contact, proof: p.proof };
  const given = Object.entries(fields).filter(([, v]) => v !== undefined);
  return { ...Object.fromEntries(given), placeholders: given.map(([k]) => k) };
}
