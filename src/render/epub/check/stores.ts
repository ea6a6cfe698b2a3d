/**
 * The distribution rules Apple Books, Google Play Books and Kobo publish for EPUB files, checked on the
 * package as read from the file (package.ts). Each rule names its store and where the rule is written:
 *   Apple: Apple Books "Prepare your book" (images inside the book at most 4 million pixels; must pass
 *     the current EPUBCheck) and Apple Books Asset Guide (JPEG or PNG, RGB; cover art at least 1400 px
 *     on its short side).
 *   Google: Play Books Partner Center "Files and uploading" (the .epub must contain the front cover;
 *     cover at least 640 px, at most 7200 px high or wide; files under 2 GB).
 *   Kobo: Kobo ePub Guidelines (github.com/kobolabs/epub-spec): images at most 5 MB, cover under 3 MB
 *     and named by <meta name="cover">, in an XHTML document of its own, no transparent images, at most
 *     10 MB per HTML file and 1 GB per EPUB.
 *   folio: the metadata every store and library catalogue reads (title, identifier, language, creator,
 *     publisher, date; series and position), the edition's own cover goal (1600 px short side), and
 *     every document's language and direction (direction.ts).
 */
import { checkDirection } from "./direction.js";
import type { EpubPackage, ImageFacts } from "./package.js";

export type Store = "apple" | "google" | "kobo" | "folio";

export interface StoreFinding {
  store: Store;
  rule: string;
  /** error: the store rejects or the rule is a requirement; warning: a store's recommendation. */
  severity: "error" | "warning";
  message: string;
}

const MB = 1024 * 1024;

export function coverImage(pkg: EpubPackage): ImageFacts | undefined {
  const item = pkg.manifest.find((m) => m.properties.includes("cover-image"));
  return item ? pkg.images.find((i) => i.path === item.path) : undefined;
}

export function checkStores(pkg: EpubPackage): StoreFinding[] {
  const out: StoreFinding[] = [];
  const fail = (store: Store, rule: string, message: string) => out.push({ store, rule, severity: "error", message });
  const warn = (store: Store, rule: string, message: string) => out.push({ store, rule, severity: "warning", message });
  const short = (i: ImageFacts) => Math.min(i.width, i.height);
  const cover = coverImage(pkg);

  // Metadata readers, stores and catalogues show.
  for (const el of ["title", "identifier", "language", "creator", "publisher", "date"]) {
    if (!pkg.dc.get(el)?.some(Boolean)) fail("folio", "metadata", `no dc:${el} in ${pkg.opfPath}`);
  }
  const collection = pkg.meta.find((m) => m.property === "belongs-to-collection");
  if (!collection) fail("folio", "metadata", "no belongs-to-collection (series) in the package metadata");
  else if (
    !pkg.meta.some(
      (m) =>
        m.property === "group-position" &&
        collection.id &&
        m.refines === `#${collection.id}` &&
        /^\d+(\.\d+)?$/.test(m.content),
    )
  ) {
    fail("folio", "metadata", "the series (belongs-to-collection) has no numeric group-position");
  }
  for (const f of checkDirection(pkg)) fail("folio", f.rule, f.message);

  // Cover.
  if (!cover) {
    fail("google", "cover", 'no manifest item with properties="cover-image": the .epub must contain the front cover');
  } else {
    const dims = `${cover.width}×${cover.height} px`;
    if (short(cover) < 1600)
      fail("folio", "cover-size", `cover ${cover.path} is ${dims}: at least 1600 px on its short side`);
    if (short(cover) < 1400)
      fail(
        "apple",
        "cover-size",
        `cover ${cover.path} is ${dims}: Apple Books asks at least 1400 px on the short side`,
      );
    if (short(cover) < 640)
      fail("google", "cover-size", `cover ${cover.path} is ${dims}: Google Play Books needs at least 640 px`);
    if (Math.max(cover.width, cover.height) > 7200)
      fail("google", "cover-size", `cover ${cover.path} is ${dims}: Google Play Books allows at most 7200 px`);
    if (cover.bytes >= 3 * MB)
      warn("kobo", "cover-bytes", `cover ${cover.path} is ${(cover.bytes / MB).toFixed(1)} MB: Kobo asks under 3 MB`);
    const coverItem = pkg.manifest.find((m) => m.properties.includes("cover-image"));
    const named = pkg.meta.find((m) => m.name === "cover");
    if (!named || named.content !== coverItem?.id)
      fail("kobo", "cover-meta", `no <meta name="cover" content="${coverItem?.id}"/> naming the cover image`);
    const holders = pkg.manifest.filter(
      (m) =>
        m.mediaType === "application/xhtml+xml" &&
        pkg.entries
          .get(m.path)
          ?.toString("utf8")
          .includes(coverItem?.href.split("/").pop() ?? "\0"),
    );
    const own = holders.find(
      (h) =>
        (
          pkg.entries
            .get(h.path)
            ?.toString("utf8")
            .match(/<img\b/g) ?? []
        ).length === 1 && !/<p\b/.test(pkg.entries.get(h.path)?.toString("utf8") ?? ""),
    );
    if (!own)
      fail(
        "kobo",
        "cover-document",
        `the cover image is not in an XHTML document of its own (${holders.map((h) => h.href).join(", ") || "in none"})`,
      );
  }

  // Images.
  for (const img of pkg.images) {
    const px = img.width * img.height;
    if (px > 4_000_000)
      fail(
        "apple",
        "image-pixels",
        `${img.path} is ${img.width}×${img.height} = ${(px / 1e6).toFixed(2)} megapixels: at most 4`,
      );
    if (!["jpeg", "png", "svg"].includes(img.format))
      fail("apple", "image-format", `${img.path} is ${img.format}: JPEG or PNG`);
    if (img.format !== "svg" && !["srgb", "rgb", "b-w"].includes(img.space))
      fail("apple", "image-colour", `${img.path} is in ${img.space}: RGB`);
    if (img.bytes > 5 * MB)
      warn("kobo", "image-bytes", `${img.path} is ${(img.bytes / MB).toFixed(1)} MB: at most 5 MB`);
    if (img.transparent)
      warn(
        "kobo",
        "image-transparency",
        `${img.path} has transparent pixels: Kobo asks for images without transparent backgrounds`,
      );
  }

  // Sizes.
  for (const m of pkg.manifest.filter((i) => i.mediaType === "application/xhtml+xml")) {
    const bytes = pkg.entries.get(m.path)?.length ?? 0;
    if (bytes > 10 * MB)
      warn("kobo", "html-bytes", `${m.path} is ${(bytes / MB).toFixed(1)} MB: at most 10 MB per HTML file`);
  }
  if (pkg.fileBytes >= 1024 * MB)
    warn("kobo", "epub-bytes", `the EPUB is ${(pkg.fileBytes / MB).toFixed(0)} MB: at most 1 GB`);
  if (pkg.fileBytes >= 2048 * MB)
    fail("google", "epub-bytes", `the EPUB is ${(pkg.fileBytes / MB).toFixed(0)} MB: under 2 GB`);
  return out;
}
