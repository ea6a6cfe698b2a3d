/** The layout page's rule for requests: files inside the HTML's folder, never the network or other files. */
import { describe, expect, it } from "vitest";
import { mayLoad } from "../../src/render/print/paged-page.js";

describe("mayLoad", () => {
  const dir = "/work/dist/2022-08/html";
  it("lets the page load files inside its folder, and data URLs", () => {
    expect(mayLoad("file:///work/dist/2022-08/html/fonts/noto-serif-sc-100-400-normal.woff2", dir)).toBe(true);
    expect(mayLoad("file:///work/dist/2022-08/html/images/%E5%B0%81%E9%9D%A2.jpg", dir)).toBe(true);
    expect(mayLoad("data:image/png;base64,iVBORw0KGgo=", dir)).toBe(true);
  });
  it("refuses the network, files outside the folder, and a folder beside it with the same prefix", () => {
    expect(mayLoad("https://example.com/x.png", dir)).toBe(false);
    expect(mayLoad("http://localhost:8080/a.css", dir)).toBe(false);
    expect(mayLoad("file:///etc/hostname", dir)).toBe(false);
    expect(mayLoad("file:///work/dist/2022-08/secret.txt", dir)).toBe(false);
    expect(mayLoad("file:///work/dist/2022-08/html/../secret.txt", dir)).toBe(false);
    expect(mayLoad("file:///work/dist/2022-08/html-other/a.css", dir)).toBe(false);
    expect(mayLoad("file:///work/dist/2022-08/html", dir)).toBe(false);
  });
});
