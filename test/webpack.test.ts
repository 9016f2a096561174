// webpack.config.js per mode, the dev-server certificate fallback, scripts/check-dist.js, and one real production build.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Configuration as WebpackConfiguration } from "webpack";
import type { Configuration as DevServerConfiguration } from "webpack-dev-server";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";

const mockGetHttpsServerOptions = jest.fn();
jest.mock("office-addin-dev-certs", () => ({
  getHttpsServerOptions: (...args: unknown[]) => mockGetHttpsServerOptions(...args),
}));

type Configuration = WebpackConfiguration & { devServer?: DevServerConfiguration };

const makeConfig: ((env: object, argv: { mode: string }) => Promise<Configuration>) & {
  officeJsCdn: string;
} = require("../webpack.config.js");

const ROOT = path.resolve(__dirname, "..");
// A production build takes its host from ADDIN_BASE_URL.
const URL_PROD = "https://static.rubric-team.cn/rubric-workbench/";
const savedBaseUrl = process.env.ADDIN_BASE_URL;
beforeEach(() => {
  process.env.ADDIN_BASE_URL = URL_PROD;
});
afterAll(() => {
  if (savedBaseUrl === undefined) delete process.env.ADDIN_BASE_URL;
  else process.env.ADDIN_BASE_URL = savedBaseUrl;
});
const CHECK_DIST = path.join(ROOT, "scripts", "check-dist.js");

const htmlOptions = (config: Configuration) => {
  const plugin = config.plugins?.find((p) => p instanceof HtmlWebpackPlugin) as HtmlWebpackPlugin;
  return plugin.userOptions as HtmlWebpackPlugin.Options & { officeJs: string };
};
const copyPatterns = (config: Configuration) => {
  const plugin = config.plugins?.find((p) => p instanceof CopyWebpackPlugin);
  return (plugin as unknown as { patterns: { from: string; to: string }[] }).patterns;
};

describe("webpack.config.js", () => {
  test("production loads office.js from the Microsoft CDN and copies no local office.js", async () => {
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(htmlOptions(config).officeJs).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(copyPatterns(config).map((p) => p.to)).not.toContain("office-js");
    expect(config.devServer).toBeUndefined();
    expect(config.entry).toEqual({ functions: "./src/functions/functions.ts", taskpane: "./src/taskpane/index.tsx" });
  });

  test("a development build loads the pinned office.js copied into dist/office-js", async () => {
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "development" });
    expect(htmlOptions(config).officeJs).toBe("office-js/office.js");
    const officeJs = copyPatterns(config).find((p) => p.to === "office-js");
    expect(officeJs).toBeDefined();
    expect(fs.existsSync(path.join(officeJs!.from, "office.js"))).toBe(true);
  });

  describe("the production base URL (ADDIN_BASE_URL)", () => {
    const production = () => makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });

    test.each([
      [undefined, "ADDIN_BASE_URL is not set"],
      ["https://www.contoso.com/", "placeholder host (www.contoso.com)"],
      ["https://localhost:3000/", "placeholder host (localhost)"],
      ["https://addins.example.com/rubric/", "placeholder host (addins.example.com)"],
      ["https://rubric.test/", "placeholder host (rubric.test)"],
      ["http://static.rubric-team.cn/", "must use https"],
      ["static.rubric-team.cn", "is not a URL"],
    ])("refuses %s in a production build", async (value, message) => {
      if (value === undefined) delete process.env.ADDIN_BASE_URL;
      else process.env.ADDIN_BASE_URL = value;
      await expect(production()).rejects.toThrow(message);
    });

    test("rewrites the manifest to it, with a closing slash added", async () => {
      process.env.ADDIN_BASE_URL = "https://static.rubric-team.cn/rubric-workbench";
      const manifest = copyPatterns(await production()).find((p) => p.from === "manifest.xml") as unknown as {
        transform: (content: Buffer) => string;
      };
      const out = String(manifest.transform(Buffer.from('<a DefaultValue="https://localhost:3000/taskpane.html"/>')));
      expect(out).toBe(`<a DefaultValue="${URL_PROD}taskpane.html"/>`);
    });

    test("is not needed in development, nor for the end-to-end tests' production build with the preview", async () => {
      delete process.env.ADDIN_BASE_URL;
      await expect(makeConfig({ WEBPACK_BUILD: true }, { mode: "development" })).resolves.toBeDefined();
      await expect(makeConfig({ WEBPACK_BUILD: true, preview: true }, { mode: "production" })).resolves.toBeDefined();
    });
  });

  describe("webpack serve", () => {
    let warn: jest.SpyInstance;
    beforeEach(() => {
      mockGetHttpsServerOptions.mockReset();
      warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    });
    afterEach(() => warn.mockRestore());

    test("uses the office-addin-dev-certs certificate when there is one", async () => {
      mockGetHttpsServerOptions.mockResolvedValue({ ca: "CA", key: "KEY", cert: "CERT" });
      const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
      expect(config.devServer?.server).toEqual({ type: "https", options: { ca: "CA", key: "KEY", cert: "CERT" } });
      expect(config.devServer?.port).toBe(3000);
      expect(config.devServer?.headers).toEqual({ "Access-Control-Allow-Origin": "*" });
      expect(warn).not.toHaveBeenCalled();
      // Served, not copied: office.js comes from node_modules at /office-js.
      expect(copyPatterns(config).map((p) => p.to)).not.toContain("office-js");
      const statics = config.devServer?.static as { directory: string; publicPath: string }[];
      expect(statics.find((s) => s.publicPath === "/office-js")?.directory).toMatch(
        /@microsoft[\\/]office-js[\\/]dist$/,
      );
    });

    test("falls back to webpack-dev-server's self-signed certificate when dev-certs fails", async () => {
      mockGetHttpsServerOptions.mockRejectedValue(new Error("Unable to install the CA certificate.\nsudo: not found"));
      const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
      expect(config.devServer?.server).toBe("https");
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("Unable to install the CA certificate."));
    });
  });
});

describe("scripts/check-dist.js", () => {
  let dir: string;
  const write = (file: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  };
  const run = (target = dir) => spawnSync(process.execPath, [CHECK_DIST, target], { encoding: "utf8" });
  const ids = ["SCORE", "TOTAL", "POINTS", "BAND", "CHECK"];
  const metadata = (id: string, dimensionality = "matrix", description = `${id} of a rubric.`) => ({
    id,
    name: id,
    description,
    parameters: [{ name: "bands", type: "any", dimensionality }],
  });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "check-dist-"));
    write(
      "taskpane.html",
      '<html><head><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>' +
        "<script defer src=functions.js></script><script defer src=taskpane.js></script></head></html>",
    );
    write("taskpane.js", "console.log('pane');".repeat(50));
    write("functions.js", "CustomFunctions.associate('SCORE', f);");
    write("functions.json", JSON.stringify({ functions: ids.map((id) => metadata(id)) }));
    write("manifest.xml", `<OfficeApp><SourceLocation DefaultValue="${URL_PROD}taskpane.html"/></OfficeApp>`);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("passes a complete dist and reports gzip sizes", () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^check-dist: OK .*taskpane initial JS [\d.]+ KB \(taskpane\.js\), functions\.js [\d.]+ KB\n$/,
    );
  });

  test("fails when a range parameter is not a matrix or a description spans lines", () => {
    write(
      "functions.json",
      JSON.stringify({
        functions: ids.map((id) => metadata(id, id === "BAND" ? "scalar" : "matrix", id === "CHECK" ? "a\nb" : "ok")),
      }),
    );
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("functions.json: BAND(bands) is not a matrix parameter");
    expect(result.stderr).toContain("functions.json: CHECK needs a one-line description");
  });

  test("fails when HyperFormula is in any file", () => {
    write("chunks/123.js", 'var x="HyperFormula";');
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("HyperFormula (a test-only dependency) found in chunks/123.js");
  });

  test("fails when the simulated host or the preview page is in the build", () => {
    write("preview.html", "<html></html>");
    write("chunks/9.js", 'var f="rubric-workbench-simulated-workbook";');
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /test tooling \(simulated host or preview\) found in (chunks\/9\.js, preview\.html|preview\.html, chunks\/9\.js)/,
    );
  });

  test("fails when a function is missing, a file is missing or the manifest still points at localhost", () => {
    write("functions.json", JSON.stringify({ functions: ids.filter((id) => id !== "BAND").map((id) => ({ id })) }));
    fs.rmSync(path.join(dir, "taskpane.js"));
    write(
      "manifest.xml",
      '<OfficeApp><SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/></OfficeApp>',
    );
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("functions.json lacks BAND");
    expect(result.stderr).toContain("missing taskpane.js");
    expect(result.stderr).toContain("points at a placeholder host: https://localhost:3000/taskpane.html");
  });

  test("fails when the manifest points at a placeholder host such as contoso.com", () => {
    write(
      "manifest.xml",
      '<OfficeApp><SourceLocation DefaultValue="https://www.contoso.com/taskpane.html"/></OfficeApp>',
    );
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("points at a placeholder host: https://www.contoso.com/taskpane.html");
  });

  test("fails on a development page that loads a local office.js", () => {
    write("taskpane.html", '<script src="office-js/office.js"></script><script src="functions.js"></script>');
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("does not load office.js from the Microsoft CDN");
    expect(result.stderr).toContain("does not load taskpane.js");
  });

  test("fails clearly when dist does not exist", () => {
    const result = run(path.join(dir, "nope"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("does not exist");
  });
});

describe("production build", () => {
  test("emits every file the manifest names, and passes check-dist", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "rubric-dist-"));
    try {
      const webpackCli = require.resolve("webpack-cli/bin/cli.js");
      const build = spawnSync(process.execPath, [webpackCli, "--mode", "production", "--output-path", out], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, ADDIN_BASE_URL: URL_PROD },
      });
      expect(build.stderr + build.stdout).toContain("compiled successfully");
      expect(build.status).toBe(0);
      const check = spawnSync(process.execPath, [CHECK_DIST, out], { encoding: "utf8" });
      expect(check.stderr).toBe("");
      expect(check.status).toBe(0);
      const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
      const files = [...manifest.matchAll(/"https:\/\/static\.rubric-team\.cn\/rubric-workbench\/([^"]*)"/g)].map(
        (m) => m[1],
      );
      expect(files.length).toBeGreaterThan(5);
      expect(files).toContain("help.html");
      expect(files.filter((f) => !fs.existsSync(path.join(out, f)))).toEqual([]);
      // The functions bundle registers every function itself (the metadata plugin's loader appends the calls).
      const functionsJs = fs.readFileSync(path.join(out, "functions.js"), "utf8");
      const ids = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8")).functions.map(
        (f: { id: string }) => f.id,
      );
      for (const id of ids) expect(functionsJs).toContain(`CustomFunctions.associate("${id}"`);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
