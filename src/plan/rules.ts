/**
 * The flatplan rules: what issue.yaml's article list (and the files in articles/) must satisfy for
 * the print layout to put every article on its planned page. Pure: the model reader runs it in its
 * pass (src/model/load.ts, given these rules by src/check/load.ts), so
 * `folio check` and `folio build` report the same problems, and the layout never meets a plan that
 * was not checked. Every problem names the line to fix and says what to do.
 */
import type { Problem } from "../contract/errors.js";
import type { PlanEntry, PlanInput, Where } from "../model/plan-entry.js";
import { PLACE_LABEL, PLACE_YAML_KEY, type CoverPlace } from "../model/places.js";
import { FRONT_PAGES, leadLength } from "./front.js";

export type { PlanEntry, PlanInput, Where };

interface Run {
  start: number;
  entries: PlanEntry[];
  lead: boolean;
}

export function checkPlan(input: PlanInput): Problem[] {
  const problems: Problem[] = [];
  const at = (w: Where, message: string) => problems.push({ file: w.file, line: w.line, field: w.field, message });
  checkFiles(input, at, problems);
  checkPlaces(input, at);
  const inner = input.entries.filter((e) => !e.place && e.hasFile);
  if (!inner.some((e) => e.page !== undefined)) return problems; // no flatplan: laid out in reading order
  const runs = groupRuns(inner, at);
  if (!runs) return problems;
  checkRunPages(input, runs, at);
  return problems;
}

type At = (w: Where, message: string) => void;

function checkFiles(input: PlanInput, at: At, problems: Problem[]): void {
  const listed = new Set(input.entries.map((e) => e.id));
  for (const e of input.entries) {
    if (!e.hasFile) at(e.at, `no file articles/${e.id}.md — create it, or remove this entry`);
  }
  for (const stem of input.files) {
    if (!listed.has(stem)) {
      problems.push({
        file: `${input.articlesDir}/${stem}.md`,
        line: 1,
        message: `not listed in issue.yaml — add \`- { id: ${stem}, page: N }\` to its articles, or delete the file`,
      });
    }
  }
}

function checkPlaces(input: PlanInput, at: At): void {
  const taken = new Map<CoverPlace, PlanEntry>();
  for (const e of input.entries) {
    const place = e.place;
    if (!place) continue;
    const name = PLACE_LABEL[place];
    const where = e.placeAt ?? e.at;
    if (e.page !== undefined && e.pageAt)
      at(e.pageAt, `an article printed on ${name} has no inner page — remove \`page\` (or \`place\`)`);
    const first = taken.get(place);
    if (first)
      at(
        where,
        `${name} is already taken by ${first.id} (${first.at.file}:${first.at.line}) — one article per cover page`,
      );
    else taken.set(place, e);
    const block = input.coverBlocks[place];
    if (block !== undefined && !first) {
      at(
        where,
        `${name} is also described as a photo page (${PLACE_YAML_KEY[place]}:, line ${block}) — keep one of the two`,
      );
    }
  }
}

/** Runs in reading order, or undefined (after reporting) when the order itself is wrong. */
function groupRuns(inner: PlanEntry[], at: At): Run[] | undefined {
  const lead = leadLength(inner.map((e) => ({ section: e.section ?? "", editorial: e.editorial ?? false })));
  const runs: Run[] = [];
  let ok = true;
  inner.forEach((e, i) => {
    const last = runs[runs.length - 1];
    const isLead = i < lead;
    if (e.page === undefined) {
      if (!last) {
        at(
          e.at,
          "the first article on the inner pages has no planned page — give it `page: N` (the flatplan starts here)",
        );
        ok = false;
      } else last.entries.push(e);
      return;
    }
    const pageAt = e.pageAt ?? e.at;
    if (last && e.page === last.start && last.lead === isLead) {
      last.entries.push(e);
      return;
    }
    if (last && e.page === last.start) {
      at(
        pageAt,
        `page ${e.page} is the 卷首语's page; the 版权页 and 目录 follow it, so the next article starts on p.${e.page + FRONT_PAGES + 1} at the earliest — plan it there or later`,
      );
      ok = false;
      return;
    }
    const earlier = runs.find((r) => r.start === e.page);
    if (earlier) {
      const first = earlier.entries[0];
      at(
        pageAt,
        `page ${e.page} is already planned for ${first.id} (line ${first.at.line}), and other articles come between — articles sharing a page must follow each other in issue.yaml`,
      );
      ok = false;
      return;
    }
    if (last && e.page < last.start) {
      at(
        pageAt,
        `page ${e.page} comes after page ${last.start} (${last.entries[0].id}) in reading order — the 目录 order is the page order: move this entry or fix its page`,
      );
      ok = false;
      return;
    }
    runs.push({ start: e.page, entries: [e], lead: isLead });
  });
  return ok ? runs : undefined;
}

function checkRunPages(input: PlanInput, runs: Run[], at: At): void {
  const pageAt = (r: Run) => r.entries[0].pageAt ?? r.entries[0].at;
  const first = runs[0];
  const firstPage = first.lead ? 1 : FRONT_PAGES + 1;
  if (first.start !== firstPage) {
    const why = first.lead ? "the issue opens with it" : `the 版权页 and 目录 take p.1–${FRONT_PAGES}`;
    at(
      pageAt(first),
      `the first article starts on p.${firstPage} (${why}), not p.${first.start} — plan it on page ${firstPage}`,
    );
  }
  runs.forEach((run, i) => {
    if (input.pages !== undefined && run.start > input.pages) {
      at(
        pageAt(run),
        `page ${run.start} is beyond the issue's ${input.pages} inner pages (pages: ${input.pages}, line ${input.pagesLine ?? "?"}) — plan it on p.1–${input.pages}, or raise pages (a multiple of 4)`,
      );
      return;
    }
    const next = runs[i + 1];
    if (!next || !run.lead || next.lead) return;
    const room = next.start - run.start - FRONT_PAGES;
    if (room < 1) {
      at(
        pageAt(next),
        `page ${next.start} leaves no room after ${run.entries[0].id} (p.${run.start}): the 版权页 and 目录 follow it — plan this article on p.${run.start + FRONT_PAGES + 1} or later`,
      );
    }
  });
}
