// taskpane.html in the Internet Explorer 11 webview (Trident): a plain message in English and Chinese instead of a
// blank pane, from an ES5 check that runs before the bundles.
import * as fs from "fs";
import * as path from "path";
import { JSDOM, ResourceLoader } from "jsdom";

// webpack's own parser (acorn), resolved where webpack has it: it can parse as ES5 only.
const acorn: { parse(code: string, options: { ecmaVersion: number }): unknown } = require(
  require.resolve("acorn", { paths: [require.resolve("webpack")] }),
);

const TEMPLATE = path.join(__dirname, "..", "..", "src", "taskpane", "taskpane.html");
// The page as built, without office.js (not needed for the check).
const html = fs.readFileSync(TEMPLATE, "utf8").replace(/<script[^>]*htmlWebpackPlugin[^>]*><\/script>/, "");

const TRIDENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0";

function open(userAgent: string) {
  const dom = new JSDOM(html, { runScripts: "dangerously", resources: new ResourceLoader({ userAgent }) });
  const shown = (id: string) => dom.window.document.getElementById(id)!.style.display !== "none";
  return { dom, shown };
}

describe("taskpane.html in a legacy webview", () => {
  test("shows the message, in English and Chinese, and hides the pane under Trident", () => {
    const { dom, shown } = open(TRIDENT);
    expect(shown("legacy-webview")).toBe(true);
    expect(shown("container")).toBe(false);
    const message = dom.window.document.getElementById("legacy-webview")!;
    expect(message.querySelector('[lang="en"]')?.textContent).toContain("cannot run in this version of Office");
    expect(message.querySelector('[lang="zh-CN"]')?.textContent).toContain("无法在此版本的 Office 中运行");
  });

  test("shows the pane, not the message, in WebView2", () => {
    const { shown } = open(WEBVIEW2);
    expect(shown("legacy-webview")).toBe(false);
    expect(shown("container")).toBe(true);
  });

  test("its inline scripts are ES5, which Internet Explorer 11 can parse", () => {
    const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline.length).toBeGreaterThan(0);
    for (const code of inline) expect(() => acorn.parse(code, { ecmaVersion: 5 })).not.toThrow();
  });
});
