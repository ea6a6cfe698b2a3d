/** The stages folio runs for an issue, in order. */
import type { Stage } from "./stages.js";

export const STAGES: Stage[] = [];
