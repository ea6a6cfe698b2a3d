/** Runs a zod schema over a YAML source and turns every issue into a positioned problem. */
import type { z } from "zod";
import type { Problem } from "../contract/errors.js";
import type { YamlSource } from "./yaml.js";

export function validate<S extends z.ZodType>(schema: S, src: YamlSource, problems: Problem[]): z.infer<S> | undefined {
  if (src.data === undefined) return undefined; // syntax errors already reported
  const result = schema.safeParse(src.data ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const unknownKeys = issue.code === "unrecognized_keys" ? issue.keys : [];
    if (unknownKeys.length) {
      for (const key of unknownKeys) {
        problems.push({
          file: src.file,
          line: src.lineOf([...path, key]),
          field: fieldName([...path, key]),
          message: "unknown field",
        });
      }
      continue;
    }
    problems.push({
      file: src.file,
      line: src.lineOf(path),
      field: fieldName(path) || undefined,
      message: describe(issue),
    });
  }
  return undefined;
}

export function fieldName(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p)).join("");
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && /received undefined/.test(issue.message)) return "is required";
  if (issue.code === "invalid_type") return `must be ${issue.expected}`;
  if (issue.code === "invalid_value" && "values" in issue) {
    return `must be one of ${issue.values.map(String).join(", ")}`;
  }
  return issue.message;
}
