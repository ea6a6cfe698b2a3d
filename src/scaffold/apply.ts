/** Writes a planned scaffold into a new issue folder; refuses to touch an existing one. */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FolioError } from "../contract/errors.js";
import type { ScaffoldFile } from "./plan.js";

/** `folders`: empty folders to make besides images/ (an edition's articles/), relative to the issue folder. */
export function applyScaffold(issueDir: string, files: ScaffoldFile[], folders: string[] = []): void {
  if (existsSync(issueDir))
    throw new FolioError({ file: issueDir, message: "already exists; folio new never overwrites an issue" });
  for (const f of files) {
    const target = path.join(issueDir, f.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, f.content);
  }
  for (const folder of ["images", ...folders]) mkdirSync(path.join(issueDir, folder), { recursive: true });
}
