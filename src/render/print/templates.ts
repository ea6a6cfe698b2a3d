/**
 * Handlebars for the print HTML: partials and helpers are registered here, in one place; every
 * template is compiled once per Templates instance and then rendered with data.
 *
 *   templates/print.hbs            the document
 *   templates/partials/<name>.hbs  {{> name}}
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Handlebars from "handlebars";
import { FolioError, SetupError } from "../../contract/errors.js";
import { qrSvg, qrTarget } from "../html/qr.js";
import { templatesDir } from "../../util/config.js";
import { ROLES, RUN_MARK } from "../../contract/layout/dom.js";

export const TEMPLATES_DIR = templatesDir();

/** A template's source, parsed now so a syntax error names its file and line (Handlebars parses lazily). */
function checked(hb: typeof Handlebars, file: string): string {
  const source = readFileSync(file, "utf8");
  try {
    hb.parse(source);
  } catch (e) {
    const [, line, detail] = /line (\d+):[^]*\n([^\n]*)$/.exec((e as Error).message) ?? [];
    throw new FolioError({
      file: path.relative(process.cwd(), file) || file,
      line: line ? Number(line) : undefined,
      message: `template syntax error: ${detail ?? (e as Error).message}`,
    });
  }
  return source;
}

export interface Templates {
  /** Render a top-level template (file stem under templates/, e.g. "print"). */
  render(name: string, data: unknown): string;
}

/** The layout contract in the templates: {{pageRole 'toc'}} (a role by its name in DOM.roles) and {{runMark}}. */
function registerLayoutHelpers(hb: typeof Handlebars, dir: string): void {
  hb.registerHelper(
    "pageRole",
    (name: unknown, options: Handlebars.HelperOptions & { loc?: { start: { line: number } } }) => {
      if (typeof name === "string" && Object.hasOwn(ROLES, name)) return ROLES[name as keyof typeof ROLES];
      const file = path.relative(process.cwd(), dir) || dir;
      const message = `{{pageRole '${String(name)}'}}: no such page role (${Object.keys(ROLES).join(", ")})`;
      throw new FolioError({ file, line: options?.loc?.start.line, message });
    },
  );
  hb.registerHelper("runMark", () => new hb.SafeString(RUN_MARK));
}

function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper("join", (list: unknown, sep: unknown) =>
    Array.isArray(list) ? list.join(typeof sep === "string" ? sep : " ") : "",
  );
  hb.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  /** Text with "\n" as <br>: escaped first, so it stays safe. */
  hb.registerHelper("lines", (text: unknown) => {
    const escaped = hb.escapeExpression(typeof text === "string" ? text : "");
    return new hb.SafeString(escaped.replace(/\n/g, "<br />"));
  });
  /** Letter-spaced label as printed in the magazine ("卷首语" → "卷 首 语"). */
  // Only Chinese labels are letter-spaced: a word in another script is printed as it is.
  hb.registerHelper("spaced", (text: unknown) =>
    typeof text !== "string" ? "" : /(?!\p{Script=Han})\p{L}/u.test(text) ? text : [...text].join(" "),
  );
  /** An imprint QR code: the generated symbol when its url is known, else the empty placeholder box. */
  hb.registerHelper("qrSymbol", (code: unknown) => {
    const url = code && typeof code === "object" ? qrTarget(code as { caption: string; url?: string }) : undefined;
    return new hb.SafeString(
      url ? `<div class="qr-symbol">${qrSvg(url, "100%")}</div>` : `<div class="qr-placeholder"></div>`,
    );
  });
}

export function createTemplates(dir: string = TEMPLATES_DIR): Templates {
  const hb = Handlebars.create();
  registerHelpers(hb);
  registerLayoutHelpers(hb, dir);
  const partialsDir = path.join(dir, "partials");
  for (const file of readdirSync(partialsDir).filter((f) => f.endsWith(".hbs"))) {
    hb.registerPartial(path.basename(file, ".hbs"), checked(hb, path.join(partialsDir, file)));
  }
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".hbs"))) {
    const source = checked(hb, path.join(dir, file));
    compiled.set(path.basename(file, ".hbs"), hb.compile(source, { strict: false, noEscape: false }));
  }
  return {
    render(name, data) {
      const template = compiled.get(name);
      if (!template) throw new SetupError(`print template "${name}" not found in ${dir}`);
      return template(data);
    },
  };
}
