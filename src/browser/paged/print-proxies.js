/* Paged.js handler (runs in the page): photos are laid out and printed as their stand-ins, as OPI
   does in prepress. Chromium decodes every photo it prints; a stand-in is an SVG of the photo's own
   pixel size holding a JPEG a tenth as wide, so the boxes, crops and placement are those of the
   photo, and the build puts the photo's JPEG data in its place in the PDF
   (src/render/print/place-images.ts). The build sets window.folioProxies (photo address → stand-in
   address and size) before layout; without it (the preview) nothing changes. A photo whose size as
   the browser loaded it differs from the stand-in's keeps its own address and is printed as is. */
(() => {
  // Addresses compare resolved (an address may be written with or without %-escapes).
  /** @param {string} src */
  const resolved = (src) => new URL(src, document.baseURI).href;
  // The photos as loaded with the page (Paged.js then re-creates the content from its HTML).
  const natural = new Map();
  for (const img of Array.from(document.images)) natural.set(img.src, [img.naturalWidth, img.naturalHeight]);

  // A photo the page did not load (a run laid out on its own): loaded here for its size.
  /** @param {string} url @returns {Promise<number[] | undefined>} */
  const measure = (url) =>
    new Promise(
      /** @param {(size: number[] | undefined) => void} resolve */ (resolve) => {
        const img = new Image();
        img.onload = () => resolve([img.naturalWidth, img.naturalHeight]);
        img.onerror = () => resolve(undefined);
        img.src = url;
      },
    ).then((size) => {
      if (size) natural.set(url, size);
      return size;
    });

  class FolioPrintProxies extends Paged.Handler {
    /** @param {DocumentFragment} content */
    async beforeParsed(content) {
      const N = window.FolioNames;
      const proxies = window[N.globals.proxies];
      /** @type {string[]} */
      const proxied = [];
      window[N.globals.proxied] = proxied;
      if (!proxies) return;
      const byUrl = new Map(Object.keys(proxies).map((k) => [resolved(k), proxies[k]]));
      const imgs = Array.from(content.querySelectorAll("img[src]"));
      // (an img[src] has a src)
      await Promise.all(
        imgs
          .map((img) => resolved(/** @type {string} */ (img.getAttribute("src"))))
          .filter((u) => byUrl.has(u) && !natural.has(u))
          .map(measure),
      );
      imgs.forEach((img) => {
        const src = /** @type {string} */ (img.getAttribute("src"));
        const proxy = byUrl.get(resolved(src));
        const size = natural.get(resolved(src));
        if (!proxy || !size || size[0] !== proxy.width || size[1] !== proxy.height) return;
        img.setAttribute(N.fullSrc, src);
        img.setAttribute("src", proxy.src);
        if (!proxied.includes(src)) proxied.push(src);
      });
    }
  }
  Paged.registerHandlers(FolioPrintProxies);
})();
