/** Stable identifiers and dates derived from the issue, so every build of an issue is byte-identical. */
import { issueTitle, publicationDate } from "../model/labels.js";
import { createHash } from "node:crypto";
import type { Issue } from "../model/types.js";

/** A version-5-shaped UUID from a name (SHA-256 based; stable across builds). */
export function nameUuid(name: string): string {
  const h = createHash("sha256").update(name).digest("hex");
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function issueUuids(issue: Issue, what: string): { documentUuid: string; instanceUuid: string } {
  const base = `folio:${issue.magazine.issn}:${issue.id}:${what}`;
  return { documentUuid: nameUuid(`${base}:document`), instanceUuid: nameUuid(`${base}:instance`) };
}

/** The publication date, as on the print and screen PDFs (src/model/labels.ts). */
export const issueDate = publicationDate;

/** "党员之友 2022年第8期（总第313期）", as on the print and screen PDFs. */
export const issueLabel = issueTitle;
