/** Writes a planned scaffold into a new issue folder; refuses to touch an existing one. */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FolioError } from "../contract/errors.js";
import type { ScaffoldFile } from "./plan.js";

export function applyScaffold(issueDir: string, files: ScaffoldFile[]): void {
  if (existsSync(issueDir))
    throw new FolioError({ file: issueDir, message: "already exists; folio new never overwrites an issue" });
  for (const f of files) {
    const target = path.join(issueDir, f.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, f.content);
  }
  mkdirSync(path.join(issueDir, "images"), { recursive: true });
}
