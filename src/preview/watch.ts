/**
 * Watches everything a preview build reads (the issue folder, magazine.yaml, templates/, styles/)
 * and calls `onChange` once per burst of saves (debounced). Editor droppings are ignored.
 */
import path from "node:path";
import { watch } from "chokidar";
import { InternalError } from "../contract/errors.js";

export interface Watcher {
  /** Resolves once the initial scan is done (changes after this are seen). */
  ready: Promise<void>;
  close(): Promise<void>;
}

const IGNORED = /^(\..*|.*~|.*\.swp|.*\.swx|.*\.tmp|#.*#|4913)$/;

export function watchSources(
  paths: string[],
  onChange: (files: string[]) => void,
  onError: (e: Error) => void,
  debounceMs = 120,
): Watcher {
  const watcher = watch(paths, {
    ignoreInitial: true,
    ignored: (p: string) => IGNORED.test(path.basename(p)),
  });
  let timer: NodeJS.Timeout | undefined;
  let changed = new Set<string>();
  const fire = () => {
    timer = undefined;
    const files = [...changed];
    changed = new Set();
    onChange(files);
  };
  watcher.on("all", (_event, file) => {
    changed.add(file);
    clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  });
  watcher.on("error", (e) => onError(e instanceof Error ? e : new InternalError(String(e))));
  const ready = new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  return {
    ready,
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
