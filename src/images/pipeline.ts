/**
 * The sharp work for one rendition: decode, apply EXIF orientation, resize to the planned size,
 * convert to sRGB through the embedded ICC profile (CMYK JPEGs without a profile go through sharp's
 * built-in CMYK profile), flatten transparency onto white, encode JPEG. Nothing else touches pixels.
 */
import sharp from "sharp";
import type { RenditionPlan } from "./plan.js";
import { counted, type ImageStats } from "./stats.js";
import type { SourceInfo } from "./types.js";

export async function renderToFile(
  source: SourceInfo,
  plan: RenditionPlan,
  outFile: string,
  opts: { pixelLimit: number; stats: ImageStats },
): Promise<{ width: number; height: number; bytes: number }> {
  return counted(opts.stats, "pipelines", async () => {
    // failOn "error": truncated and corrupt data fail; harmless libjpeg warnings (extraneous bytes) do not.
    let img = sharp(source.path, { failOn: "error", limitInputPixels: opts.pixelLimit })
      .rotate() // EXIF orientation, before the tag is dropped
      .resize({ width: plan.widthPx, height: plan.heightPx, fit: "fill", kernel: "lanczos3" });
    if (source.hasAlpha) img = img.flatten({ background: "#ffffff" });
    img = img.toColourspace("srgb");
    if (plan.embedProfile) img = img.withIccProfile("srgb");
    if (plan.density) img = img.withDensity(plan.density);
    const info = await img
      .jpeg({ quality: plan.quality, chromaSubsampling: plan.chromaSubsampling, optimiseCoding: true })
      .toFile(outFile);
    return { width: info.width, height: info.height, bytes: info.size };
  });
}
