/**
 * Defence in depth for hostile content: whatever Markdown produced, only plain formatting
 * reaches the print HTML and the EPUB. No scripts, frames, event handlers or javascript: URLs.
 */
import sanitizeHtml from "sanitize-html";

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "sup",
    "sub",
    "code",
    "span",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href"], span: ["class"], p: ["class"], th: ["style"], td: ["style"] },
  allowedSchemes: ["https", "http", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  allowedStyles: { "*": { "text-align": [/^(left|right|center)$/] } },
};

export function sanitizeFragment(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
