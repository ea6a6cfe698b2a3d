/** Outline structure from the layout: 封面, 目录, section runs → articles (in reading order), 封底. */
import type { Issue } from "../../model/types.js";
import { tocLabel } from "../../model/labels.js";
import { sectionRuns } from "../../model/section-runs.js";
import type { OutlineItem } from "./outline.js";
import { articleStartIndex, type PageInfo } from "./page-map.js";
import { ROLES, type PageRole } from "../../contract/layout/dom.js";

export function buildOutline(issue: Issue, pages: PageInfo[]): OutlineItem[] {
  const byRole = (role: PageRole) => pages.find((p) => p.roles.includes(role))?.index;
  const items: OutlineItem[] = [];
  const push = (title: string, index: number | undefined) => index != null && items.push({ title, pageIndex: index });
  push("封面", byRole(ROLES.frontCover));
  push("目录", byRole(ROLES.toc));
  for (const group of sectionRuns(issue.articles)) {
    const children = group.articles.map((a) => ({ title: tocLabel(a), pageIndex: articleStartIndex(pages, a.id) }));
    items.push({ title: group.section.name, pageIndex: children[0].pageIndex, children });
  }
  push("封底", byRole(ROLES.backCover));
  return items;
}
