/**
 * Reads what Ghostscript printed during a conversion (stdout folded into stderr, so page lines and
 * warnings arrive in order): which page each message came on, and which messages say the file is not
 * PDF/X. Pure.
 */

export interface GsMessage {
  /** 1-based page being processed when it was printed; absent before the first page or after the last. */
  page?: number;
  text: string;
  pdfx: boolean;
}

const NOISE = [
  /^GPL Ghostscript [\d.]+ \(\d{4}-\d\d-\d\d\)$/,
  /^Copyright \(C\)/,
  /^This software is supplied/,
  /^see the file COPYING/,
  /^Processing pages \d+ through \d+\.$/,
  /^Loading /,
  /^Querying operating system for fonts/,
];

export function parseGsOutput(out: string): GsMessage[] {
  const messages: GsMessage[] = [];
  let page: number | undefined;
  for (const raw of out.split("\n")) {
    const line = raw.replace(/\s+$/, "");
    if (!line.trim()) continue;
    const m = /^Page (\d+)$/.exec(line);
    if (m) {
      page = Number(m[1]);
      continue;
    }
    if (NOISE.some((re) => re.test(line.trim()))) continue;
    const last = messages.at(-1);
    if (/^\s/.test(line) && last) {
      last.text += ` ${line.trim()}`;
      last.pdfx = isPdfx(last.text);
      continue;
    }
    const text = line.replace(/^GPL Ghostscript [\d.]+:\s*/, "").trim();
    messages.push({ ...(page !== undefined ? { page } : {}), text, pdfx: isPdfx(text) });
  }
  return messages;
}

function isPdfx(text: string): boolean {
  return /PDF\/?X|reverting to normal PDF/i.test(text);
}
