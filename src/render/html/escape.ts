/** HTML escaping for text that comes from data (titles, captions, names). */
const MAP: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string | number | undefined | null): string {
  return String(s ?? "").replace(/[&<>"']/g, (c) => MAP[c]);
}
