/**
 * `folio new`: plan the next issue's files from the magazine defaults and the previous issue's
 * section plan. Pure: returns file contents; src/scaffold/apply.ts writes them.
 *
 * Kept from the previous issue: one example article per section on the page its first article
 * had, articles printed on 封二/封三 on the same cover page (listed last in issue.yaml, as the
 * magazine's 目录 lists them), the cover photo pages it had (without photos) and which of them the
 * 目录 lists, `pages` and the press job.
 */
import { stringify } from "yaml";
import { PLACE_ISSUE_KEY, PLACE_LABEL, PLACE_YAML_KEY, COVER_PLACES, type CoverPlace } from "../model/places.js";
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

interface Slot {
  id: string;
  page?: number;
  place?: CoverPlace;
  section: { id: string; name: string };
  variant: string;
  inToc: boolean;
}

/** The file stem of an example article printed on a cover page: fengsan-dangjian-shuyuan. */
export const PLACE_STEM: Record<CoverPlace, string> = {
  "inside-front-cover": "fenger",
  "inside-back-cover": "fengsan",
  "back-cover": "fengdi",
};

/** The file stem of an example article of the inner pages: p004-yaowen. */
export const pageStem = (page: number, section: string): string => `p${String(page).padStart(3, "0")}-${section}`;

/** One slot per section of the previous issue (its first article), then one per cover placement. */
function slotsOf(previous: Issue): Slot[] {
  const inner: Slot[] = [];
  for (const { section, articles } of previous.sections) {
    const first = articles.find((a) => !a.place);
    if (!first) continue;
    inner.push({
      id: pageStem(first.plannedPage ?? inner.length + 1, section.id),
      page: first.plannedPage,
      section,
      variant: first.layout.variant,
      inToc: true,
    });
  }
  inner.sort((a, b) => (a.page ?? 0) - (b.page ?? 0));
  const placed = previous.articles.flatMap((a): Slot[] => {
    const place = a.place;
    if (!place) return [];
    return [
      {
        id: `${PLACE_STEM[place]}-${a.section.id}`,
        place,
        section: a.section,
        variant: a.layout.variant,
        inToc: a.inToc,
      },
    ];
  });
  return [...inner, ...placed];
}

/** The previous issue's day of the month in month `id`, or its last day where the month is shorter (31 → 30, 28 …). */
export function sameDay(id: string, previousDate: string): string {
  const [year, month] = id.split("-").map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${id}-${String(Math.min(Number(previousDate.slice(8, 10)), last)).padStart(2, "0")}`;
}

export function planNewIssue(id: string, previous: Issue): ScaffoldFile[] {
  const [year, number] = id.split("-").map(Number);
  const slots = slotsOf(previous);
  const covers: Record<string, unknown> = {};
  for (const place of COVER_PLACES) {
    const before = previous[PLACE_ISSUE_KEY[place]];
    if (!before || slots.some((s) => s.place === place)) continue;
    covers[PLACE_YAML_KEY[place]] = {
      ...(before.title ? { title: `${PLACE_LABEL[place]}标题(待定)` } : {}),
      caption: `${PLACE_LABEL[place]}图片说明(待定)`,
      credit: "摄影者/摄",
      ...(before.toc ? { toc: true } : {}),
    };
  }
  const issueYaml = {
    year,
    number,
    total_number: previous.totalNumber + monthsBetween(previous.id, id),
    date: sameDay(id, previous.date),
    pages: previous.pages,
    cover: { caption: "封面图片说明(待定)", credit: "摄影者/摄" },
    ...covers,
    // This month's delivery is not known yet; everything else is last month's, still to be confirmed.
    press: pressForNextIssue(previous.press),
    articles: slots.map((s) =>
      s.place ? { id: s.id, place: s.place } : s.page ? { id: s.id, page: s.page } : { id: s.id },
    ),
  };
  const header = `# ${previous.magazine.title} ${year}年第${number}期: scaffolded from ${previous.id} by \`folio new\`.\n# Replace the example articles, add photos under images/ and run \`folio check ${id}\`.\n`;
  return [
    { path: "issue.yaml", content: header + stringify(issueYaml, { flowCollectionPadding: true }) },
    ...slots.map((s) => ({ path: `articles/${s.id}.md`, content: exampleArticle(s) })),
  ];
}

function exampleArticle(s: Slot): string {
  return [
    "---",
    `title: ${s.section.name}(标题待定)`,
    `section: ${s.section.id}`,
    "authors: [作者待定]",
    `layout: { variant: ${s.variant} }`,
    ...(s.inToc ? [] : ["toc: false"]),
    "---",
    "",
    s.place
      ? `正文待定。这篇文章印在${PLACE_LABEL[s.place]},只占一页。`
      : "正文待定。每段之间空一行;小标题用“## ”开头。",
    "",
  ].join("\n");
}

function pressForNextIssue(p: Issue["press"]): Record<string, unknown> {
  const fields = {
    commission_no: p.commissionNo,
    paper: p.paper,
    cover_paper: p.coverPaper,
    cover_finish: p.coverFinish,
    quantity: p.quantity,
    billing: p.billing,
    contact: p.contact,
    proof: p.proof,
  };
  const given = Object.entries(fields).filter(([, v]) => v !== undefined);
  return { ...Object.fromEntries(given), placeholders: given.map(([k]) => k) };
}
