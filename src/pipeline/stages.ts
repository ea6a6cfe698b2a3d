/**
 * The build's stages, in order, and which outputs each makes. Plan first (pure), then run.
 * A stage sees the model and what earlier stages produced (BuildState), never the CLI.
 */
import type { Issue } from "../model/types.js";
import type { StageOutputs, StageRun } from "./outputs.js";
import type { OutputKind, SelectableKind } from "../contract/output-kinds.js";
import type { StageContext, StageName } from "../contract/stage.js";

export interface BuildState {
  issue: Issue;
  /** What the stages run so far made for the stages after them (typed per stage). */
  outputs: StageOutputs;
}

export interface Stage {
  name: StageName;
  /** Output kinds this stage produces; `--only` selects stages by these. */
  kinds: OutputKind[];
  /** Stages whose results this one needs (run even when not selected). */
  needs: StageName[];
  run(state: BuildState, ctx: StageContext): Promise<StageRun>;
}

/** Stages to run for a selection (all when none), with their prerequisites, in registry order. */
export function planStages(registry: Stage[], only?: readonly SelectableKind[]): Stage[] {
  if (!only || only.length === 0) return [...registry];
  const byName = new Map(registry.map((s) => [s.name, s]));
  const wanted = new Set<StageName>();
  const add = (s: Stage) => {
    if (wanted.has(s.name)) return;
    wanted.add(s.name);
    for (const n of s.needs) {
      const dep = byName.get(n);
      if (dep) add(dep);
    }
  };
  for (const kind of only) for (const s of registry) if (s.kinds.includes(kind)) add(s);
  return registry.filter((s) => wanted.has(s.name));
}
