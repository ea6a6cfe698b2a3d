/**
 * Compiles folio's TypeScript (src/) into plain JavaScript in lib/, the code the CLI runs.
 *
 *   node scripts/build-lib.js          build when lib/ is missing or older than src/ (npm `prepare`)
 *   node scripts/build-lib.js --force  always rebuild
 *
 * lib/ mirrors src/ folder for folder (lib/render/print/ ↔ src/render/print/), so paths the code
 * resolves from its own location (styles/, templates/, .cache/, package.json) are the same from
 * either; the files that are not TypeScript (browser handlers, the preview client, tied-chromium.sh)
 * are copied beside the compiled code. Plain JavaScript on purpose: it runs before anything is
 * compiled, and bin/folio.js calls `ensureLib` on every start (a stat of src/, a few milliseconds).
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SRC = path.join(ROOT, "src");
export const LIB = path.join(ROOT, "lib");
/** Written last by a successful build: the list of sources it compiled. Its mtime is the build's. */
export const STAMP = path.join(LIB, ".built.json");
const CONFIG = path.join(ROOT, "tsconfig.build.json");
/** Files besides src/ whose change means a rebuild. */
const INPUTS = [CONFIG, path.join(ROOT, "tsconfig.json")];

/** Every file under src/, relative, sorted. */
function sources(dir = SRC, rel = "", out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) sources(path.join(dir, entry.name), r, out);
    else out.push(r);
  }
  return out;
}

/** Why lib/ must be rebuilt, or null when it is up to date. */
export function staleReason() {
  if (!existsSync(STAMP)) return "lib/ has not been built";
  let built;
  try {
    built = JSON.parse(readFileSync(STAMP, "utf8"));
  } catch {
    return "lib/ is incomplete";
  }
  const files = sources();
  if (files.join("\n") !== (built.files ?? []).join("\n")) return "files were added to or removed from src/";
  const stampTime = statSync(STAMP).mtimeMs;
  for (const f of files) if (statSync(path.join(SRC, f)).mtimeMs > stampTime) return `src/${f} changed`;
  for (const f of INPUTS) if (existsSync(f) && statSync(f).mtimeMs > stampTime) return `${path.basename(f)} changed`;
  return null;
}

/** The files tsc does not emit: everything under src/ that is not TypeScript (or documentation). */
function copyAssets(files) {
  for (const f of files) {
    if (f.endsWith(".ts") || f.endsWith(".md")) continue;
    const to = path.join(LIB, f);
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(path.join(SRC, f), to);
    chmodSync(to, statSync(path.join(SRC, f)).mode);
  }
}

/**
 * Compiles src/ into lib/. Returns { ok, message }: ok is false when tsc could not run or wrote no
 * code; type errors alone still give a usable lib/ (tsc emits anyway) and are reported in message.
 */
export function buildLib() {
  const files = sources();
  let previous = [];
  try {
    previous = JSON.parse(readFileSync(STAMP, "utf8")).files ?? [];
  } catch {
    // first build
  }
  // A source removed or renamed: start clean, so lib/ holds no module src/ no longer has.
  if (previous.some((f) => !files.includes(f))) rmSync(LIB, { recursive: true, force: true });
  rmSync(STAMP, { force: true });
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  } catch {
    return { ok: false, message: "TypeScript (npm package typescript) is not installed: run npm ci" };
  }
  const r = spawnSync(process.execPath, [tsc, "-p", CONFIG], { cwd: ROOT, encoding: "utf8" });
  if (r.error) return { ok: false, message: `tsc did not run: ${r.error.message}` };
  if (!existsSync(path.join(LIB, "cli", "main.js")))
    return { ok: false, message: `tsc wrote no lib/cli/main.js:\n${r.stdout}${r.stderr}` };
  copyAssets(files);
  writeFileSync(STAMP, JSON.stringify({ files }, null, 1));
  const errors = (r.stdout.match(/error TS\d+/g) ?? []).length;
  return { ok: true, message: r.status === 0 ? "" : `compiled with ${errors} type error(s) (see npm run typecheck)` };
}

/**
 * Makes sure lib/ is current; `log` hears why a rebuild happens. Returns false (after logging why)
 * when lib/ could not be built.
 */
export function ensureLib(log = (m) => process.stderr.write(`${m}\n`), { force = false } = {}) {
  const reason = force ? "rebuild asked for" : staleReason();
  if (!reason) return true;
  log(`folio: compiling src/ into lib/ (${reason}); this takes a few seconds once`);
  const { ok, message } = buildLib();
  if (message) log(`folio: ${message}`);
  return ok;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = ensureLib(undefined, { force: process.argv.includes("--force") }) ? 0 : 2;
}
