/**
 * Runs of body text that Chinese line breaking (GB/T 15834-2011 §5, W3C clreq) keeps on one line,
 * where the browser would break them: UAX #14 allows a break between a number and the Chinese unit
 * or measure word after it (2021|年, 8|个), and before a one-em 连接号 — (社区党总支|—网格党支部), which
 * may not start a line. Each run is set as one unbreakable span (`.kp`, white-space: nowrap, as
 * keepQuotes does), so the text itself is unchanged; text only, tags untouched. Pure.
 */

/** Units and measure words a number keeps (the same list the line-composition check reads). */
const UNITS = "%％‰℃°年月日时分秒万亿千百元角岁个人名位家次项件条种所座户亩吨米倍度克斤";
/** A number (digits with their separators) and the unit or measure word after it. */
const NUMBER_UNIT = `[0-9０-９]+(?:[.,:][0-9０-９]+)*\\s?[${UNITS}]`;
/** A single — (not one of a ——) and the character (with its closing quotes) before it. */
const JOINED_DASH = "[^\\s—―][”’」』》）]*[—―](?![—―])";
const RUN = new RegExp(`${JOINED_DASH}|${NUMBER_UNIT}`, "gu");

/** Keeps numbers with their units and a 连接号 with the character before it, in the text of `html`. */
export function keepLineRuns(html: string): string {
  return html
    .split(/(<[^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);)/i)
    .map((part, i) => (i % 2 ? part : part.replace(RUN, (m) => `<span class="kp">${m}</span>`)))
    .join("");
}
