import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sweepOutputRoot } from "../../src/pipeline/sweep.js";
import { ownerAlive, ownerTag } from "../../src/util/owner.js";
import { tempDir } from "../reliability/helpers.js";

/** The owner tag of a process that has exited (a real pid that is gone). */
function deadTag(): string {
  const r = spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" });
  return `${r.stdout.trim()}-1`;
}

describe("owner tags", () => {
  it("tell this process from a dead one and from a reused pid", () => {
    expect(ownerAlive(ownerTag())).toBe(true);
    expect(ownerAlive(deadTag())).toBe(false);
    expect(ownerAlive(`${process.pid}-1`)).toBe(false); // same pid, another start time
  });
});

describe("sweepOutputRoot", () => {
  it("removes dead builds' temp and old folders, restores a swap cut between its renames, leaves live ones", () => {
    const out = tempDir("folio-sweep-");
    const dead = deadTag();
    const mk = (name: string, file = "x") => {
      mkdirSync(path.join(out, name), { recursive: true });
      writeFileSync(path.join(out, name, file), name);
    };
    mk(`.folio-tmp-2099-01-${dead}`);
    mk(`.folio-old-2099-01-${dead}`, "build.json"); // dist/2099-01 missing: the swap was cut
    mk(`.folio-tmp-2099-02-${dead}`);
    mk(`.folio-tmp-2099-01-${ownerTag()}`); // a live build's
    const done = sweepOutputRoot(out, "2099-01");
    expect(done.sort()).toEqual(
      [
        `removed .folio-tmp-2099-01-${dead}`,
        `removed .folio-tmp-2099-02-${dead}`,
        `restored 2099-01/ from .folio-old-2099-01-${dead}`,
      ].sort(),
    );
    expect(readdirSync(out).sort()).toEqual([`.folio-tmp-2099-01-${ownerTag()}`, "2099-01"].sort());
    expect(existsSync(path.join(out, "2099-01", "build.json"))).toBe(true);
    // With dist/<id> in place, a dead build's old folder is only removed.
    mk(`.folio-old-2099-01-${dead}`);
    expect(sweepOutputRoot(out, "2099-01")).toEqual([`removed .folio-old-2099-01-${dead}`]);
  });

  it("clears what a dead build of an edition (dist/<id>-<tag>/) left, and restores its swap", () => {
    const out = tempDir("folio-sweep-");
    const dead = deadTag();
    for (const name of [`.folio-tmp-2099-01-mn-Mong-${dead}`, `.folio-old-2099-01-ug-${dead}`]) {
      mkdirSync(path.join(out, name));
      writeFileSync(path.join(out, name, "build.json"), name);
    }
    expect(sweepOutputRoot(out, "2099-01-ug").sort()).toEqual([
      `removed .folio-tmp-2099-01-mn-Mong-${dead}`,
      `restored 2099-01-ug/ from .folio-old-2099-01-ug-${dead}`,
    ]);
    expect(readdirSync(out)).toEqual(["2099-01-ug"]);
  });
});
