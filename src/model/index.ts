export * from "./types.js";
export { loadIssue, ISSUE_ID } from "./load.js";
export { issuePlainText, articlePlainText } from "./text.js";
