/**
 * The preview goal: from saving an article to its changed pages on screen, in `folio preview` run
 * as an editor runs it (a fresh process) and its viewer open in headless Chromium. The time runs
 * from the file's write to the moment the viewer swapped the new pages in (its `renderedAt`).
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { launchChromium } from "../src/browser/launch.js";
import { InternalError } from "../src/contract/errors.js";
import { editParagraph, type Workspace } from "./workspace.js";

const BIN = path.resolve(import.meta.dirname, "../bin/folio.js");
const WAIT = { timeout: 300_000 };

interface Viewer {
  folioPreview?: { renders: number; renderedAt: number; warmedUp: number };
}

function previewUrl(child: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdout = child.stdout;
    if (!stdout) throw new InternalError("bench: folio preview was started without a stdout pipe");
    let out = "";
    stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /folio preview: (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on("exit", (code) => reject(new Error(`folio preview exited ${code} before it served`)));
  });
}

/** One latency per marker (each inserted into the same paragraph), in ms. */
export async function previewLatencies(ws: Workspace, markers: string[]): Promise<number[]> {
  const child = spawn(process.execPath, [BIN, "preview", ws.issueDir, "--port", "0"], {
    env: ws.env,
    stdio: ["ignore", "pipe", "ignore"],
  });
  const chromium = await launchChromium("bench: preview viewer");
  try {
    const page = await chromium.browser.newPage();
    await page.goto(await previewUrl(child));
    await page.waitForFunction(() => ((window as Viewer).folioPreview?.renders ?? 0) >= 1, WAIT);
    // As an editor finds it: the pages on show and the viewer ready for an edit (its frame for the
    // first patch laid out, well under a second after the pages show; an editor reads them first).
    await page.waitForFunction(() => ((window as Viewer).folioPreview?.warmedUp ?? 0) >= 1, WAIT);
    const times: number[] = [];
    for (const [i, marker] of markers.entries()) {
      const t0 = Date.now();
      editParagraph(ws.issueDir, marker);
      await page.waitForFunction((n: number) => ((window as Viewer).folioPreview?.renders ?? 0) >= n, WAIT, i + 2);
      const at = await page.evaluate(() => {
        const preview = (window as Viewer).folioPreview;
        if (!preview) throw new Error("bench: the viewer counted a render but has no folioPreview");
        return preview.renderedAt;
      });
      const shown = await page.evaluate(
        () =>
          document.querySelector<HTMLIFrameElement>("#stage iframe:not(.pending)")?.contentDocument?.body.textContent ??
          "",
      );
      if (!shown.includes(marker)) throw new Error(`bench: the preview shows no "${marker}" after the edit`);
      times.push(at - t0);
    }
    return times;
  } finally {
    await chromium.close();
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  }
}
