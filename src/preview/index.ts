/**
 * `folio preview`: builds the issue's print HTML into a temp folder, serves it on 127.0.0.1 with
 * the Paged.js polyfill (the browser paginates live), and rebuilds + pushes a reload (SSE) when
 * anything the build reads changes. Bad input is shown in the page, never fatal.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { FolioError } from "../contract/errors.js";
import { STYLES_DIR } from "../render/print/html.js";
import { TEMPLATES_DIR } from "../render/print/templates.js";
import { createBuilder, type BuildState } from "./build.js";
import { createEventHub } from "./events.js";
import { createHandler } from "./server.js";
import { watchSources } from "./watch.js";
import { changedSinceRound } from "../proof/since.js";
import { folderParts } from "../model/edition-folder.js";

export type { BuildState } from "./build.js";

export const DEFAULT_PORT = 4173;
export const HOST = "127.0.0.1";

export interface PreviewOptions {
  issueDir: string;
  /** 0 = any free port. */
  port?: number;
  /** The builds' output root (default dist): its <id>/proofs/ holds the proof rounds. */
  outRoot?: string;
  log?: (message: string) => void;
  debounceMs?: number;
}

export interface Preview {
  url: string;
  port: number;
  /** Where the builds are written (removed on close). */
  outRoot: string;
  state(): BuildState | undefined;
  /** Resolves after the next build finishes (for tests and measurements). */
  nextBuild(): Promise<BuildState>;
  close(): Promise<void>;
}

export async function startPreview(opts: PreviewOptions): Promise<Preview> {
  const issueDir = path.resolve(opts.issueDir);
  const log = opts.log ?? (() => {});
  const outRoot = mkdtempSync(path.join(tmpdir(), `folio-preview-${path.basename(issueDir)}-`));
  const builder = createBuilder(issueDir, outRoot);
  const events = createEventHub();
  let waiters: ((s: BuildState) => void)[] = [];

  // One build at a time; saves during a build cause exactly one more.
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;
  const rebuild = (): void => {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    events.send("building", { since: new Date().toISOString() });
    running = builder.build().then((s) => {
      log(
        s.status === "ok"
          ? `preview: build ${s.version} ok (${s.ms} ms)`
          : `preview: build ${s.version}: ${s.lines.length} problem(s)\n  ${s.lines.join("\n  ")}`,
      );
      events.send("state", s);
      for (const w of waiters) w(s);
      waiters = [];
      running = undefined;
      if (again) {
        again = false;
        rebuild();
      }
    });
  };

  rebuild();
  await running;

  let port = 0;
  const proofDir = path.resolve(opts.outRoot ?? "dist", folderParts(issueDir).id);
  const server = createServer(
    createHandler({ builder, events, port: () => port, sinceRound: () => changedSinceRound(proofDir, issueDir) }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) =>
      reject(
        e.code === "EADDRINUSE"
          ? new FolioError({
              file: `${HOST}:${opts.port ?? DEFAULT_PORT}`,
              message: "port already in use; pass another with --port N (0 = any free port)",
            })
          : e,
      ),
    );
    server.listen(opts.port ?? DEFAULT_PORT, HOST, () => resolve());
  }).catch((e: unknown) => {
    events.close();
    rmSync(outRoot, { recursive: true, force: true });
    throw e;
  });
  port = (server.address() as AddressInfo).port;

  const magazineFile = path.join(issueDir, "..", "magazine.yaml");
  const watcher = watchSources(
    [issueDir, magazineFile, TEMPLATES_DIR, STYLES_DIR],
    (files) => {
      log(`preview: changed ${files.map((f) => path.relative(process.cwd(), f) || f).join(", ")}`);
      rebuild();
    },
    (e) => log(`preview: watching files: ${e.message}`),
    opts.debounceMs,
  );
  await watcher.ready;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${HOST}:${port}/`,
    port,
    outRoot,
    state: () => builder.state,
    nextBuild: () => new Promise((resolve) => waiters.push(resolve)),
    close: () =>
      (closing ??= (async () => {
        closed = true;
        await watcher.close();
        await running;
        events.close();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        rmSync(outRoot, { recursive: true, force: true });
      })()),
  };
}
