/**
 * folio renders with the system Chromium (Debian package `chromium`), never a
 * browser downloaded at install time. See src/browser/resolve.ts.
 * @type {import("puppeteer").Configuration}
 */
module.exports = {
  skipDownload: true,
  chrome: { skipDownload: true },
  "chrome-headless-shell": { skipDownload: true },
  firefox: { skipDownload: true },
};
