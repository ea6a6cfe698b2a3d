export * from "./types.js";
export { readIssue, ISSUE_ID } from "./load.js";
export { issuePlainText, articlePlainText } from "./text.js";
