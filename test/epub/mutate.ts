/** Wrong EPUBs for the checks' tests: a valid EPUB with entries replaced, added or removed. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeEpubZip } from "../../src/render/epub/zip.js";
import { readZip } from "./unzip.js";

export type Edit = (entries: Map<string, Buffer>) => void | Promise<void>;

export async function mutateEpub(file: string, edit: Edit): Promise<string> {
  const entries = new Map(
    readZip(readFileSync(file))
      .filter((z) => z.name !== "mimetype")
      .map((z) => [z.name, z.data]),
  );
  await edit(entries);
  const out = path.join(mkdtempSync(path.join(tmpdir(), "folio-wrong-epub-")), "wrong.epub");
  await writeEpubZip(
    out,
    [...entries].map(([name, data]) => ({ name, data })),
    "2099-01-25",
  );
  return out;
}

/** Replaces text in one entry (throws when the text is not there, so a test cannot pass vacuously). */
export function replaceIn(name: string, from: string | RegExp, to: string): Edit {
  return (entries) => {
    const text = entries.get(name)?.toString("utf8");
    if (text === undefined) throw new Error(`no ${name}`);
    const next = text.replace(from, to);
    if (next === text) throw new Error(`${String(from)} not found in ${name}`);
    entries.set(name, Buffer.from(next, "utf8"));
  };
}
