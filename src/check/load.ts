/** The issue as every command loads it: the model's reader with the flatplan rules run in its pass. */
import { readIssue } from "../model/load.js";
import type { Issue } from "../model/types.js";
import { checkPlan } from "../plan/rules.js";

/** The validated, resolved issue; throws one ValidationError listing every problem (file:line). */
export function loadIssue(issueDir: string): Promise<Issue> {
  return readIssue(issueDir, checkPlan);
}
