/**
 * What folio uses of Paged.js 0.4.3's globals in the page (its browser build, pagedjs-cli's
 * dist/browser.js, or the preview's paged.polyfill.js): the handler base class and its registry,
 * the previewer, and the configuration read before it starts.
 */

declare global {
  namespace Paged {
    /** Paged.js's chunker: lays a flow out into pages. */
    interface Chunker {
      pagesArea: HTMLElement;
      pages: unknown[];
      total: number;
      flow(content: DocumentFragment, renderTo: Element): Promise<{ total: number; performance: number }>;
      destroy(): void;
      loadFonts(): Promise<unknown[]>;
    }
    /** Paged.js's polisher: the stylesheets it parsed and the rules it inserted. */
    interface Polisher {
      styleSheet: CSSStyleSheet;
      destroy(): void;
    }
    /** A layout hook: Paged.js calls the methods a subclass defines (beforeParsed, afterRendered, …). */
    class Handler {
      constructor(chunker: Chunker, polisher: Polisher, caller: unknown);
      chunker: Chunker;
      polisher: Polisher;
    }
    function registerHandlers(...handlers: (typeof Handler)[]): void;
    class Previewer {
      polisher: Polisher;
      chunker: Chunker;
      preview(
        content?: DocumentFragment,
        stylesheets?: (string | Record<string, string>)[],
        renderTo?: Element,
      ): Promise<{ total: number; performance: number }>;
    }
  }

  /** Read by Paged.js when it loads: auto starts the layout; before and after run around it. */
  interface PagedConfig {
    auto?: boolean;
    before?: () => void | Promise<void>;
    after?: (flow: unknown) => void | Promise<void>;
  }

  interface Window {
    Paged: typeof Paged;
    PagedConfig: PagedConfig;
    /** The previewer Paged.js made when it loaded. */
    PagedPolyfill: Paged.Previewer;
  }
}

export {};
