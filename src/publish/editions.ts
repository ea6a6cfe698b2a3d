/**
 * Which edition of which Chinese issue a build is (build.json `issue.edition`; a build.json written
 * before editions is the Chinese edition of its own id), and the order of the shelf and catalogues.
 */
import { EDITION_TAG } from "../model/edition.js";
import type { Manifest, ManifestEdition } from "../pipeline/manifest.js";
import { e, SITE_LANG } from "./html.js";

/** dist/ folder names of builds: 2022-08, 2022-08-ug, 2022-08-mn-Mong. */
export function isBuildId(name: string): boolean {
  const m = /^(\d{4}-\d{2})(?:-(.+))?$/.exec(name);
  return Boolean(m && (m[2] === undefined || EDITION_TAG.test(m[2])));
}

/** The edition a build is, from its build.json, or (an older build.json) from its folder's name. */
export function editionOf(id: string, manifest: Manifest, language: string): ManifestEdition {
  if (manifest.issue.edition) return manifest.issue.edition;
  const tag = id.length > 7 ? id.slice(8) : undefined;
  return {
    tag: tag ?? "zh",
    of: id.slice(0, 7),
    base: !tag,
    name: tag ?? "汉文",
    language,
    direction: "ltr",
    writingMode: "horizontal-tb",
  };
}

type Built = { manifest: Manifest; edition: ManifestEdition };

/** Newest first; the editions of one issue together, the Chinese first, then by tag. */
export function byDateThenEdition(a: Built, b: Built): number {
  return (
    b.manifest.issue.date.localeCompare(a.manifest.issue.date) ||
    b.edition.of.localeCompare(a.edition.of) ||
    Number(b.edition.base) - Number(a.edition.base) ||
    a.edition.tag.localeCompare(b.edition.tag)
  );
}

/** ` lang="zh-CN" dir="ltr"` on the site's own words in an edition's page; nothing in a Chinese one. */
export function siteWords(i: { edition: ManifestEdition }): string {
  return i.edition.base ? "" : ` lang="${SITE_LANG}" dir="ltr"`;
}

/** ` lang="ug" dir="rtl"`: an element in an edition's language and direction. */
export function langDir(i: { edition: ManifestEdition }): string {
  return ` lang="${e(i.edition.language)}" dir="${i.edition.direction}"`;
}
