/**
 * The job ticket a printer quotes from: every field from issue.yaml / magazine.yaml with its status
 * (confirmed, placeholder, unknown: never invented), the paper weights, the press condition's status,
 * and the printable page (草稿 banner for a draft only, placeholder and unknown rows marked).
 */
import { describe, expect, it } from "vitest";
import type { PressCondition } from "../../src/handoff/press-condition.js";
import { paperWeight, planJobTicket, type TicketFacts } from "../../src/handoff/job-ticket.js";
import { jobTicketPage } from "../../src/handoff/job-ticket-page.js";
import { jobTicketText, ticketRows } from "../../src/handoff/job-ticket-rows.js";
import { fixtureIssue } from "./fixtures.js";

const condition: PressCondition = {
  identifier: "FOGRA39",
  outputCondition: "ISO 12647-2:2004 coated",
  info: "Coated FOGRA39",
  registry: "http://www.color.org",
  profile: { path: "/x.icc", description: "Coated FOGRA39 (folio build)" } as PressCondition["profile"],
  totalInkLimit: 300,
  source: "cached",
};
const facts = (placeholders: TicketFacts["placeholders"] = []): TicketFacts => ({
  pages: 68,
  pressFile: "2022-08-press.pdf",
  proofFile: "2022-08-proof.pdf",
  pdfx: "PDF/X-3:2002",
  condition,
  placeholders,
});

describe("job ticket", () => {
  it("gives every field issue.yaml confirms, marks placeholders and leaves the rest unknown", () => {
    const issue = fixtureIssue("/tmp");
    Object.assign(issue.press, {
      commissionNo: "新出刊委字(2022)第0123号",
      coverPaper: "157g 铜版纸",
      coverFinish: "覆哑膜",
      billing: "《党员之友》杂志社",
      placeholders: ["quantity", "cover_finish"],
    });
    issue.magazine.press.condition = "FOGRA39";
    const { ticket, missing } = planJobTicket(issue, facts());
    expect(ticket).toMatchObject({
      version: 2,
      status: "press",
      commission: { value: "新出刊委字(2022)第0123号", status: "confirmed" },
      paper: {
        text: { value: "80g 铜版纸", status: "confirmed" },
        cover: { value: "157g 铜版纸", status: "confirmed" },
      },
      paperWeightGsm: { text: 80, cover: 157 },
      coverFinish: { value: "覆哑膜", status: "placeholder" },
      quantity: { value: 5000, status: "placeholder" },
      billing: { value: "《党员之友》杂志社", status: "confirmed" },
      delivery: { date: { value: null, status: "unknown" }, place: { value: null, status: "unknown" } },
      proof: { value: null, status: "unknown" },
      binding: "saddle-stitch",
      bindingSide: "left",
      pages: { total: 68, inner: 64, cover: 4 },
      pressCondition: { identifier: "FOGRA39", status: "confirmed", profileSource: "folio" },
      files: { ticket: "job-ticket.html" },
    });
    expect(missing).toEqual([
      "cover_finish (placeholder)",
      "quantity (placeholder)",
      "delivery_date (not yet known)",
      "delivery_place (not yet known)",
      "proof (not yet known)",
    ]);
  });

  it("marks folio's default press condition a placeholder until magazine.yaml names one", () => {
    const { ticket, missing } = planJobTicket(fixtureIssue("/tmp"), facts());
    expect(ticket.pressCondition.status).toBe("placeholder");
    expect(missing.at(-1)).toMatch(/^press condition \(folio's default FOGRA39/);
    const row = ticketRows(ticket).find((r) => r.zh === "印刷条件");
    expect(row).toMatchObject({ status: "placeholder", value: expect.stringContaining("[占位") });
  });

  it("reads paper weights in g, g/m², gsm and 克, and none from a paper without one", () => {
    expect(
      ["80g 铜版纸", "157 g/m² 铜版纸", "128gsm coated", "70克 胶版纸", "铜版纸", undefined].map(paperWeight),
    ).toEqual([80, 157, 128, 70, null, null]);
  });

  it("prints a page with the 草稿 banner and the placeholders for a draft, and none for a press build", () => {
    const issue = fixtureIssue("/tmp");
    issue.press.placeholders = ["contact"];
    const draft = planJobTicket(issue, facts([{ page: "封一 (PDF 1)", what: "placeholder photo" }])).ticket;
    draft.title = "党员<之友>";
    const page = jobTicketPage(draft, { "2022-08-press-草稿-DRAFT.pdf": "ab".repeat(32) });
    expect(page).toContain("草稿 · 非印刷用 — DRAFT, NOT FOR PRESS: 1 处占位");
    expect(page).toContain("(1, 详见 preflight.html): 封一 (PDF 1)</p>");
    expect(page).toMatch(
      /<tr class="placeholder"><th>联系人 <small>Contact<\/small><\/th><td>陆海涛 \(0991\)2698306 \[占位/,
    );
    expect(page).toMatch(/<tr class="unknown"><th>期刊印刷委托书编号/);
    expect(page).toContain("《党员&lt;之友&gt;》");
    expect(page).toContain(`2022-08-press-草稿-DRAFT.pdf — SHA-256 ${"ab".repeat(32)}`);
    expect(page).not.toMatch(/<script|https?:\/\/(?!www\.color\.org)/);
    const final = jobTicketPage(planJobTicket(fixtureIssue("/tmp"), facts()).ticket);
    expect(final).not.toContain("草稿");
    expect(final).toContain("付印 ready for press");
    expect(jobTicketText(draft)).toMatch(/^期刊印刷工单 JOB TICKET · 草稿 DRAFT · 非印刷用/);
    expect(jobTicketText(draft)).toMatch(/结算单位 Billing party\s+未定 not yet known/);
  });
});
