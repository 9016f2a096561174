// The browser preview is built in development (webpack serve and webpack --mode development), and in production mode
// only with --env preview (the end-to-end tests); the dev server's root URL serves it; `npm run build` has neither
// the entry nor the page.
import HtmlWebpackPlugin from "html-webpack-plugin";
import type { Configuration as WebpackConfiguration } from "webpack";
import type { Configuration as DevServerConfiguration } from "webpack-dev-server";

jest.mock("office-addin-dev-certs", () => ({
  getHttpsServerOptions: async () => ({ ca: "CA", key: "KEY", cert: "CERT" }),
}));

type Configuration = WebpackConfiguration & { devServer?: DevServerConfiguration };
const makeConfig: (env: object, argv: { mode: string }) => Promise<Configuration> = require("../../webpack.config.js");

const pages = (config: Configuration) =>
  (config.plugins ?? [])
    .filter((p): p is HtmlWebpackPlugin => p instanceof HtmlWebpackPlugin)
    .map((p) => p.userOptions as HtmlWebpackPlugin.Options & { officeJs: string });

describe("webpack.config.js and the browser preview", () => {
  test.each([
    ["webpack --mode development", { WEBPACK_BUILD: true }],
    ["webpack serve", { WEBPACK_SERVE: true }],
  ])("%s builds preview.html from its own entry, with the local office.js", async (_, env) => {
    const config = await makeConfig(env, { mode: "development" });
    expect(config.entry).toMatchObject({ preview: "./test/preview/index.tsx" });
    const preview = pages(config).find((p) => p.filename === "preview.html");
    expect(preview).toMatchObject({ chunks: ["preview"], officeJs: "office-js/office.js" });
    // The add-in's page stays the first and loads only its own bundles.
    expect(pages(config)[0]).toMatchObject({ filename: "taskpane.html", chunks: ["functions", "taskpane"] });
  });

  test("the dev server's root URL is the preview, and it opens no browser", async () => {
    const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
    expect(config.devServer?.devMiddleware).toEqual({ index: "preview.html" });
    expect(config.devServer?.open).toBe(false);
  });

  test("a production build has no preview", async () => {
    process.env.ADDIN_BASE_URL ??= "https://static.rubric-team.cn/rubric-workbench/";
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(Object.keys(config.entry as object)).not.toContain("preview");
    expect(pages(config).map((p) => p.filename)).toEqual(["taskpane.html"]);
  });

  test("--env preview adds it to a production build, with the local office.js and HyperFormula unminified", async () => {
    const config = await makeConfig({ WEBPACK_BUILD: true, preview: true }, { mode: "production" });
    expect(config.entry).toMatchObject({ preview: "./test/preview/index.tsx" });
    expect(pages(config).find((p) => p.filename === "preview.html")).toMatchObject({ officeJs: "office-js/office.js" });
    const minimizer = config.optimization?.minimizer?.[0] as { options?: { exclude?: RegExp } } | undefined;
    expect(minimizer?.options?.exclude?.test("chunks/hyperformula.12ab34cd.js")).toBe(true);
    expect(minimizer?.options?.exclude?.test("preview.js")).toBe(false);
  });
});
