/**
 * Image references: every image an issue uses must be a file inside the issue folder.
 * (Decoding, pixel limits and renditions are the image pipeline's job: src/images.)
 */
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import type { ImageRef } from "./types.js";
import type { Problem } from "../contract/errors.js";

export interface ImageWhere {
  issueDir: string;
  file: string;
  line?: number;
  field: string;
}

export function resolveImage(
  ref: { src: string; caption?: string; credit?: string },
  where: ImageWhere,
  problems: Problem[],
): ImageRef | undefined {
  const fail = (message: string) => {
    problems.push({ file: where.file, line: where.line, field: where.field, message });
    return undefined;
  };
  const src = ref.src.trim();
  if (!src) return fail("image path is empty");
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("//"))
    return fail(`remote or URL image "${src}" is not allowed: put the file in the issue's images/ folder`);
  if (path.isAbsolute(src))
    return fail(`absolute image path "${src}" is not allowed: use a path relative to the issue folder`);
  const root = path.resolve(where.issueDir);
  const abs = path.resolve(root, src);
  if (!isInside(root, abs)) return fail(`image path "${src}" leaves the issue folder`);
  if (!existsSync(abs)) {
    const twin = caseTwin(abs);
    if (twin)
      return fail(
        `image "${src}" not found; "${path.relative(root, twin)}" differs only in case — write the name exactly as the file is named (Linux tells them apart; Windows and macOS do not)`,
      );
    return fail(`image "${src}" not found`);
  }
  if (!statSync(abs).isFile()) return fail(`image "${src}" is not a file`);
  const real = realpathSync(abs);
  if (!isInside(realpathSync(root), real)) return fail(`image "${src}" is a link that leads outside the issue folder`);
  const at = where.line ? { at: { file: where.file, line: where.line } } : {};
  return {
    path: abs,
    src,
    caption: ref.caption?.trim() || undefined,
    credit: ref.credit?.trim().replace(/^□\s*/, "") || undefined,
    ...at,
  };
}

/** A file in the same folder whose name differs from `abs`'s only in case. */
function caseTwin(abs: string): string | undefined {
  const dir = path.dirname(abs);
  const want = path.basename(abs).toLowerCase();
  try {
    const name = readdirSync(dir).find((n) => n.toLowerCase() === want);
    return name ? path.join(dir, name) : undefined;
  } catch {
    return undefined;
  }
}

export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}
