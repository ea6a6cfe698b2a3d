/**
 * `folio doctor`: which of the system tools folio needs (util/system-tools.ts) are here;
 * `folio doctor --install` installs what is missing with apt-get (as root).
 */
import { existsSync } from "node:fs";
import { SYSTEM_TOOLS, type SystemTool } from "../util/system-tools.js";
import { onPath, runSync } from "../util/tools.js";

export { installCommand, SYSTEM_TOOLS, type SystemTool } from "../util/system-tools.js";

/** True when the package's files, or else its first program, are there. */
export function present(t: SystemTool): boolean {
  return t.files ? t.files().some(existsSync) : onPath(t.commands[0]);
}

export function missingTools(): SystemTool[] {
  return SYSTEM_TOOLS.filter((t) => !t.testsOnly && !present(t));
}

/** Installs missing packages when running as root with apt-get; returns the packages still missing. */
export function installMissing(log: (m: string) => void): SystemTool[] {
  const missing = missingTools();
  if (!missing.length) return [];
  const pkgs = missing.map((t) => t.pkg);
  const canInstall = process.getuid?.() === 0 && onPath("apt-get");
  if (!canInstall) return missing;
  log(`installing system packages: ${pkgs.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  runSync("apt-get", ["update", "-qq"], { stdio: "inherit", env, timeoutMs: 0 });
  runSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...pkgs], {
    stdio: "inherit",
    env,
    timeoutMs: 0,
  });
  return missingTools();
}
