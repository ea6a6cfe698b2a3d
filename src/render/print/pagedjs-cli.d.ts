/** Minimal types for pagedjs-cli 0.4.3's Printer, as used by paginate.ts. */
declare module "pagedjs-cli" {
  import type { EventEmitter } from "node:events";
  import type { Page } from "puppeteer";
  interface PrinterOptions {
    allowLocal?: boolean;
    allowRemote?: boolean;
    /** Local files may be loaded only below these folders (enables request interception). */
    allowedPaths?: string[];
    additionalScripts?: string[];
    browserEndpoint?: string;
    browserArgs?: string[];
    timeout?: number;
    emulateMedia?: string;
    enableWarnings?: boolean;
  }
  export default class Printer extends EventEmitter {
    constructor(options?: PrinterOptions);
    render(input: string | { url?: string; html?: string }): Promise<Page>;
    pdf(input: string, options: { outlineTags: string[] }): Promise<Uint8Array>;
    close(): Promise<void>;
  }
}
