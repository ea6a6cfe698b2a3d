import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The CLI tests spawn bin/folio.js, which runs lib/ (tsc output): compile it first when stale.
    globalSetup: ["test/helpers/compiled-cli.ts"],
    testTimeout: 30_000,
    hookTimeout: 600_000,
    // Integration suites share one build of the sample issue (test/helpers/sample-build.ts); files run
    // one at a time so Chromium/Ghostscript do not fight over the 2 cores.
    fileParallelism: false,
    reporters: ["default"],
    // Every layout is made in Chromium, every press PDF by Ghostscript and every EPUB checked by the
    // tools, unless a test opts into the layout cache or the file results with its own folder
    // (reproducibility, kill and wrong-output tests must see the real work).
    env: { FOLIO_LAYOUT_CACHE: "off", FOLIO_FILE_CACHE: "off" },
  },
});
