/** HTML escaping for text that comes from data (titles, captions, names). */
const MAP: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string | number | undefined | null): string {
  return String(s ?? "").replace(/[&<>"']/g, (c) => MAP[c]);
}

/** The characters of the entities escapeHtml writes. */
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/** The inverse of escapeHtml (for text taken back out of escaped HTML). */
export function unescapeHtml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ENTITIES[e]);
}
