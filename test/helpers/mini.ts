/** A copy of the tiny fixture issue in a temp folder, for tests that mutate it. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const MINI_ROOT = path.resolve(import.meta.dirname, "../fixtures/mini");
export const MINI_ISSUE = path.join(MINI_ROOT, "2099-01");

const copies: string[] = [];
process.on("exit", () => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

export function copyMini(): { root: string; issueDir: string; edit: (rel: string, fn: (s: string) => string) => void } {
  const root = mkdtempSync(path.join(tmpdir(), "folio-mini-"));
  copies.push(root);
  cpSync(MINI_ROOT, root, { recursive: true });
  const issueDir = path.join(root, "2099-01");
  return {
    root,
    issueDir,
    edit(rel, fn) {
      const f = path.join(root, rel);
      writeFileSync(f, fn(readFileSync(f, "utf8")));
    },
  };
}
