/** The table printed at the end of a build: outputs, pages, sizes, warnings. */
import path from "node:path";
import type { Manifest } from "../pipeline/manifest.js";

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Files of one kind in one folder (e.g. 69 thumbnails) show as a single row. */
export function groupFiles(files: Manifest["files"]): { kind: string; path: string; pages?: number; bytes: number }[] {
  const out: { kind: string; path: string; pages?: number; bytes: number; count: number }[] = [];
  for (const f of files) {
    const dir = f.path.includes("/") ? f.path.slice(0, f.path.lastIndexOf("/") + 1) : "";
    const prev = out[out.length - 1];
    if (dir && prev && prev.kind === f.kind && prev.path.startsWith(dir)) {
      prev.count++;
      prev.bytes += f.bytes;
      prev.path = `${dir} (${prev.count} files)`;
    } else out.push({ kind: f.kind, path: f.path, pages: f.pages, bytes: f.bytes, count: 1 });
  }
  return out;
}

export function summaryLines(m: Manifest, outDir: string): string[] {
  const rel = path.relative(process.cwd(), outDir) || outDir;
  const rows = groupFiles(m.files).map((f) => [
    f.kind,
    f.path,
    f.pages !== undefined ? String(f.pages) : "",
    formatBytes(f.bytes),
  ]);
  const head = ["output", "file", "pages", "size"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
  const total = Object.values(m.timings).reduce((a, b) => a + b, 0);
  return [
    "",
    `${m.issue.title} ${m.issue.id} (总第${m.issue.totalNumber}期) → ${rel}/`,
    line(head),
    ...rows.map(line),
    `${m.toc.length} TOC entries, ${m.warnings.length} warning(s), ${(total / 1000).toFixed(1)} s`,
    ...m.warnings.map((w) => `  warning: ${w}`),
  ];
}

export function printSummary(m: Manifest, outDir: string): void {
  process.stdout.write(`${summaryLines(m, outDir).join("\n")}\n`);
}
