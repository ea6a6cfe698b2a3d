/**
 * vitest globalSetup: the CLI tests spawn bin/folio.js, which runs the compiled lib/. Build it once
 * here, before any test file, when it is missing or older than src/ — so no test sees the rebuild
 * message and no two spawned CLIs compile at once. Unit tests import src/ directly and need no build.
 */
import { ensureLib } from "../../scripts/build-lib.js";

export default function setup(): void {
  if (!ensureLib((m) => process.stderr.write(`${m}\n`)))
    throw new Error("could not compile src/ into lib/ (see above)");
}
