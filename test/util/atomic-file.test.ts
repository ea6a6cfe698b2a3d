import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readJson, writeAtomic, writeFileAtomic, writeJsonAtomic } from "../../src/util/atomic-file.js";
import { writeEntry } from "../../src/util/cache-entries.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "folio-atomic-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("atomic files", () => {
  it("writes the whole file, making its folder, and leaves no temp file", async () => {
    const file = path.join(dir, "a", "b", "x.json");
    writeFileAtomic(file, "one");
    expect(readFileSync(file, "utf8")).toBe("one");
    await writeJsonAtomic(file, { two: 2 });
    expect(await readJson(file)).toEqual({ two: 2 });
    await Promise.all([1, 2, 3, 4].map((n) => writeJsonAtomic(file, { n })));
    expect([1, 2, 3, 4]).toContain((await readJson<{ n: number }>(file))?.n);
    expect(readdirSync(path.dirname(file))).toEqual(["x.json"]);
  });

  it("a write that fails leaves the old file and no temp file", async () => {
    const file = path.join(dir, "x");
    writeFileAtomic(file, "old");
    await expect(writeAtomic(file, () => Promise.reject(new Error("tool failed")))).rejects.toThrow("tool failed");
    expect(() => writeFileAtomic(path.join(file, "under-a-file"), "new")).toThrow();
    expect(readFileSync(file, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["x"]);
  });

  it("a cache entry that cannot be written is no error; a missing JSON file is a miss", async () => {
    writeEntry(path.join(dir, "e", "y"), "z");
    expect(readFileSync(path.join(dir, "e", "y"), "utf8")).toBe("z");
    writeFileAtomic(path.join(dir, "x"), "file");
    expect(() => writeEntry(path.join(dir, "x", "y"), "z")).not.toThrow();
    expect(readdirSync(dir).sort()).toEqual(["e", "x"]);
    expect(await readJson(path.join(dir, "none.json"))).toBeUndefined();
  });
});
