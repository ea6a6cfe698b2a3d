/**
 * The EPUB's stable identifier: a name-based (version 5, SHA-1) UUID of the issue, so every rebuild of
 * the same issue carries the same dc:identifier and reading systems keep notes and positions.
 * Name: "urn:issn:<ISSN>:<issue id>" (e.g. "urn:issn:2096-7462:2022-08") in the RFC 4122 URL namespace.
 */
import { createHash } from "node:crypto";

/** RFC 4122 appendix C: the URL namespace. */
const NAMESPACE_URL = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

export function uuidV5(name: string, namespace = NAMESPACE_URL): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(ns).update(name, "utf8").digest();
  hash[6] = (hash[6] & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8] & 0x3f) | 0x80; // RFC 4122 variant
  const h = hash.subarray(0, 16).toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function issueIdentifier(issn: string | undefined, issueId: string, title?: string): string {
  // An edition without an ISSN of its own is named by its title (never by another edition's ISSN).
  return `urn:uuid:${uuidV5(issn ? `urn:issn:${issn}:${issueId}` : `folio:title:${title ?? ""}:${issueId}`)}`;
}
