/** An installed package's version (found above its entry point: some packages export no package.json). */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

export function versionOf(pkg: string): string {
  for (let dir = path.dirname(require.resolve(pkg)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const f = path.join(dir, "package.json");
    if (!existsSync(f)) continue;
    const json = JSON.parse(readFileSync(f, "utf8")) as { name?: string; version: string };
    if (json.name === pkg) return json.version;
  }
  return "unknown";
}
