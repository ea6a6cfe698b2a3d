#!/usr/bin/env node
// folio command-line entry: runs the compiled JavaScript in lib/ (tsc output of src/, built by
// `npm ci` through the `prepare` script). When lib/ is missing or older than src/, it is rebuilt
// first, with a message; if it cannot be built, folio says why and stops (exit 2).
import { ensureLib } from "../scripts/build-lib.js";

if (!ensureLib()) {
  process.stderr.write("folio: cannot start without lib/: fix the message above, then run npm run build:lib\n");
  process.exit(2);
}
const { main } = await import("../lib/cli/main.js");
process.exitCode = await main(process.argv);
