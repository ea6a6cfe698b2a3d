/**
 * The periodical rules (src/rules/periodical.ts) that the data can answer: what the cover, the
 * 版权页 and the 目次 will carry, read from the model. `planPeriodical` is pure: each finding names
 * the file and the YAML key (or front-matter key) to change; `judgePeriodical` finds their lines and
 * splits off the findings magazine.yaml waives (shown as waived, never a problem).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Problem } from "../contract/errors.js";
import type { Issue } from "../model/types.js";
import { PLACE_ISSUE_KEY, PLACE_LABEL, PLACE_YAML_KEY } from "../model/places.js";
import { COVER_PLACES } from "../contract/cover-place.js";
import { citeRule, type PeriodicalRuleId } from "../rules/periodical.js";
import { keyLine } from "./key-lines.js";

/** Where a finding points: a file of the issue and the keys of the field to change there. */
export interface DataFinding {
  rule: PeriodicalRuleId;
  file: "magazine" | "issue" | { article: string };
  keys: string[];
  message: string;
  /** The data says `unknown` (an identifier not issued yet): a warning until it is known, never a guess. */
  unknown?: true;
}

const CHIEF_EDITOR = /总编辑|主编/;

export function planPeriodical(issue: Issue): DataFinding[] {
  const { magazine: m, imprint: im } = issue;
  const out: DataFinding[] = [];
  const mag = (rule: PeriodicalRuleId, keys: string[], message: string) =>
    out.push({ rule, file: "magazine", keys, message });
  if (!m.title.trim() || !(issue.year > 0) || !(issue.number > 0))
    out.push({ rule: "cover-number", file: "issue", keys: ["number"], message: "封一 needs 刊名, year and 期号" });
  for (const [key, value, name] of [
    ["supervisor", im.supervisor, "主管单位"],
    ["sponsor", im.sponsor, "主办单位"],
    ["publisher", im.publisher, "出版单位"],
  ] as const)
    if (!value?.trim()) mag("imprint-units", ["imprint", key], `the 版权页 has no ${name}`);
  const roles = im.masthead.map((r) => r.role.replace(/\s/g, ""));
  if (!roles.includes("社长"))
    mag("imprint-heads", ["imprint", "masthead"], "the 版权页 has no 社长 (masthead role 社长)");
  if (!roles.some((r) => CHIEF_EDITOR.test(r)))
    mag(
      "imprint-heads",
      ["imprint", "masthead"],
      "the 版权页 has no 总编辑 (主编): add a masthead role 总编辑 or 主编",
    );
  if (!im.address?.trim()) mag("imprint-address", ["imprint", "address"], "the 版权页 has no address");
  if (!im.phone?.trim()) mag("imprint-address", ["imprint", "phone"], "the 版权页 has no telephone");
  if (!im.printer?.trim()) mag("imprint-printer", ["imprint", "printer"], "the 版权页 has no 印刷单位");
  if (!im.distributor?.trim())
    mag("imprint-distributor", ["imprint"], "the 版权页 has no 发行单位: add imprint.distributor");
  // An edition's identifiers are its own (magazine.yaml editions.<tag>); `unknown` is a warning.
  const idKeys = (key: string) => (issue.edition && !issue.edition.base ? ["editions", issue.edition.tag, key] : [key]);
  const unknown = (rule: PeriodicalRuleId, key: string, what: string) =>
    out.push({
      rule,
      file: "magazine",
      keys: idKeys(key),
      message: `${what} is unknown: the 版权页 cannot print it yet`,
      unknown: true,
    });
  if (!m.cn) unknown("imprint-cn", "cn", "the CN (国内统一连续出版物号)");
  if (!m.issn) unknown("imprint-issn", "issn", "the ISSN");
  const ads = issue.fillers.filter((f) => f.kind === "ad");
  if (ads.length && !im.adLicence?.trim())
    mag(
      "imprint-ad-licence",
      ["imprint"],
      `the issue carries advertisements (issue.yaml fillers: ${ads.map((a) => a.image.src).join(", ")}) but the 版权页 has no 广告经营许可证号: add imprint.ad_licence`,
    );
  if (!m.price) unknown("imprint-price", "price", "the 定价");
  if (!im.publicationDay?.trim() || !issue.date)
    mag("imprint-date", ["imprint", "publication_day"], "the 版权页 has no 出版日期");
  for (const a of issue.articles) {
    if (a.inToc && a.authors.length && !a.toc.authors)
      out.push({
        rule: "toc-all-authors",
        file: { article: a.source.file },
        keys: ["toc_authors"],
        message: `the 目次 lists "${a.title}" without its authors (${a.authors.join(", ")})`,
      });
    if (a.place && !a.inToc)
      out.push({
        rule: "toc-cover-items",
        file: { article: a.source.file },
        keys: ["toc"],
        message: `"${a.title}" on ${PLACE_LABEL[a.place]} is not listed in the 目次`,
      });
  }
  for (const place of COVER_PLACES) {
    const cover = issue[PLACE_ISSUE_KEY[place]];
    if (cover?.title && !cover.toc)
      out.push({
        rule: "toc-cover-items",
        file: "issue",
        keys: [PLACE_YAML_KEY[place]],
        message: `${PLACE_LABEL[place]} "${cover.title}" is not listed in the 目次: set toc: true`,
      });
  }
  return out;
}

/** The issue's YAML files: magazine.yaml above the Chinese issue folder, and issue.yaml or edition.yaml. */
function issueFiles(issue: Issue): { magazine: string; issue: string } {
  const base = issue.edition?.baseDir ?? issue.dir;
  return {
    magazine: path.join(base, "..", "magazine.yaml"),
    issue: issue.edition && !issue.edition.base ? path.join(issue.dir, "edition.yaml") : path.join(base, "issue.yaml"),
  };
}

export interface PeriodicalJudgement {
  problems: Problem[];
  /** Findings magazine.yaml waives, one line each with the reason. */
  waived: string[];
  /** Identifiers the data gives as `unknown`: warnings until they are issued. */
  warnings: string[];
}

export function judgePeriodical(issue: Issue, findings = planPeriodical(issue)): PeriodicalJudgement {
  const files = issueFiles(issue);
  const texts = new Map<string, string>();
  const textOf = (file: string): string => {
    if (!texts.has(file)) {
      let t = "";
      try {
        t = readFileSync(file, "utf8");
      } catch {
        // a hand-made model without files: the finding names line 1
      }
      texts.set(file, t);
    }
    return texts.get(file) as string;
  };
  const rel = (p: string) => path.relative(process.cwd(), p) || p;
  const waivers = issue.magazine.waivers ?? {};
  const problems: Problem[] = [];
  const waived: string[] = [];
  const warnings: string[] = [];
  for (const f of findings) {
    const file = f.file === "magazine" ? files.magazine : f.file === "issue" ? files.issue : f.file.article;
    const line = keyLine(textOf(file), f.keys);
    const message = `periodical rule ${f.rule} (${citeRule(f.rule)}): ${f.message}`;
    const reason = waivers[f.rule];
    if (reason) waived.push(`${rel(file)}:${line}: ${message} — waived in magazine.yaml: ${reason}`);
    else if (f.unknown) warnings.push(`${rel(file)}:${line}: ${message}`);
    else
      problems.push({
        file: rel(file),
        line,
        message: `${message} — or waive ${f.rule} with its reason in magazine.yaml rules.waive`,
      });
  }
  return { problems, waived, warnings };
}
