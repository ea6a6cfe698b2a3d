/**
 * DAISY Ace by content document: the keys under which the axe run of each content document is kept
 * (ace-child.cjs). Ace runs axe in Chromium on every document of the spine (47.6 s for the 49
 * documents of 2022-08 on 2 cores), then checks the package from the files.
 * What axe finds in a document depends on its bytes and on what it can load (styles, fonts, images,
 * the other files of the container), and on Ace and Chromium: a key covers all of these, so a
 * document whose key was seen is not run again. Ace's package checks and its report are its own.
 */
import { createHash } from "node:crypto";
import type { EpubPackage } from "./package.js";
import { InternalError } from "../../../contract/errors.js";

/** Bumped when what a key covers changes. */
const FORMAT = 1;

const sha = (...parts: (string | Buffer)[]) => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p).update("\0");
  return h.digest("hex");
};

/**
 * Path in the container → key, for every content document of the spine (the navigation document
 * too: Ace's package checks read it from the file, not from its axe run). Everything else in the
 * container (package document, styles, fonts, images) goes into every key: a change there runs
 * every document again.
 */
export function aceDocKeys(
  pkg: Pick<EpubPackage, "entries" | "manifest" | "spine">,
  tools: string,
): Record<string, string> {
  const entry = (path: string): Buffer => {
    const bytes = pkg.entries.get(path);
    if (!bytes) throw new InternalError(`ace-docs: ${path} is not in the container`);
    return bytes;
  };
  const byId = new Map(pkg.manifest.map((m) => [m.id, m]));
  const content = pkg.spine
    .map((id) => byId.get(id))
    .filter(
      (m): m is NonNullable<typeof m> => !!m && m.mediaType === "application/xhtml+xml" && pkg.entries.has(m.path),
    );
  const contentPaths = new Set(content.map((m) => m.path));
  const context = sha(
    `ace-docs ${FORMAT}`,
    tools,
    ...[...pkg.entries.keys()]
      .sort()
      .filter((n) => !contentPaths.has(n))
      .flatMap((n) => [n, entry(n)]),
  );
  return Object.fromEntries(content.map((m) => [m.path, sha(context, m.path, entry(m.path))]));
}
