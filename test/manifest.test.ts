// Offline checks of manifest.xml, and that every file it points at is one webpack.config.js emits.
import * as fs from "fs";
import * as path from "path";
import { JSDOM } from "jsdom";
import type { Configuration } from "webpack";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";

const makeConfig: ((env: object, argv: { mode: string }) => Promise<Configuration>) & {
  urlDev: string;
} = require("../webpack.config.js");

// A production build takes its host from ADDIN_BASE_URL (a path below the host is allowed).
const URL_PROD = "https://static.rubric-team.cn/rubric-workbench/";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** Parses XML strictly (jsdom throws on a document that is not well-formed). */
function parseXml(xml: string): Document {
  return new JSDOM(xml, { contentType: "text/xml" }).window.document;
}

const elements = (root: Document | Element): Element[] => Array.from(root.getElementsByTagName("*"));
const xsiType = (el: Element) => el.getAttributeNS(NS.xsi, "type");
const children = (el: Element, localName: string) => Array.from(el.children).filter((c) => c.localName === localName);

/** Every URL in a document: attribute values and element text that look like absolute URLs (namespace
 *  declarations excluded). */
function urlsIn(doc: Document): string[] {
  const urls: string[] = [];
  for (const el of elements(doc)) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name === "xmlns" || attr.prefix === "xmlns") continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attr.value.trim())) urls.push(attr.value.trim());
    }
    if (el.children.length === 0 && /^[a-z][a-z0-9+.-]*:\/\//i.test((el.textContent ?? "").trim())) {
      urls.push((el.textContent ?? "").trim());
    }
  }
  return urls;
}

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** Resource id -> kind and value, from VersionOverrides/Resources. */
function resources(doc: Document): Map<string, { kind: ResourceKind; value: string }> {
  const map = new Map<string, { kind: ResourceKind; value: string }>();
  const [res] = Array.from(doc.getElementsByTagNameNS(NS.ov, "Resources"));
  for (const group of Array.from(res?.children ?? [])) {
    for (const item of Array.from(group.children)) {
      const id = item.getAttribute("id");
      if (id !== null)
        map.set(id, { kind: group.localName as ResourceKind, value: item.getAttribute("DefaultValue") ?? "" });
    }
  }
  return map;
}

/** The resource kind a resid-bearing element needs. */
function expectedKind(el: Element): ResourceKind {
  if (el.localName === "Image") return "Images";
  if (["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(el.localName)) return "Urls";
  if (el.localName === "Description") return "LongStrings";
  return "ShortStrings"; // Label, Title, Namespace
}

/** The files a copy-webpack-plugin pattern emits, for the simple pattern forms this project uses. */
function copiedFiles(pattern: { from: string; to?: unknown }): string[] {
  const to = pattern.to;
  if (typeof to !== "string")
    throw new Error(`unsupported copy pattern (to is not a string): ${JSON.stringify(pattern)}`);
  let sources: string[];
  if (/[*?]/.test(pattern.from)) {
    const dir = path.dirname(pattern.from);
    if (/[*?[{]/.test(dir)) throw new Error(`unsupported glob in copy pattern: ${pattern.from}`);
    const re = new RegExp(
      "^" +
        path
          .basename(pattern.from)
          .replace(/[.+^${}()|[\]\\]/g, "\\$&")
          .replace(/\*/g, "[^/]*")
          .replace(/\?/g, ".") +
        "$",
    );
    sources = fs.readdirSync(path.join(ROOT, dir)).filter((f) => re.test(f));
  } else if (fs.statSync(path.resolve(ROOT, pattern.from)).isFile()) {
    sources = [path.basename(pattern.from)];
  } else {
    // A whole directory (globOptions.ignore is not applied: this lists a superset).
    const dir = path.resolve(ROOT, pattern.from);
    const listed = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
    return listed.map((d) =>
      path.posix.join(to, path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join("/")),
    );
  }
  return sources.map((file) => {
    const ext = path.extname(file);
    return /\[(name|ext)\]/.test(to) ? to.replace("[name]", path.basename(file, ext)).replace("[ext]", ext) : to;
  });
}

interface BuildInfo {
  config: Configuration;
  files: Set<string>;
  pages: { filename: string; chunks: string[] }[];
  manifestPattern?: { from: string; transform?: (content: Buffer, absoluteFrom: string) => string | Buffer };
}

/** What webpack.config.js emits for a mode, read from the config object itself. */
async function buildInfo(mode: "production" | "development"): Promise<BuildInfo> {
  const config = await makeConfig({ WEBPACK_BUILD: true }, { mode });
  const files = new Set<string>();
  const pages: BuildInfo["pages"] = [];
  let manifestPattern: BuildInfo["manifestPattern"];
  const filename = config.output?.filename;
  if (typeof filename !== "string") throw new Error("output.filename must be a string template");
  const entry = config.entry;
  if (!entry || typeof entry !== "object" || Array.isArray(entry)) throw new Error("entry must be an object");
  for (const name of Object.keys(entry)) files.add(filename.replace("[name]", name));
  for (const plugin of config.plugins ?? []) {
    if (plugin instanceof HtmlWebpackPlugin) {
      const page = { filename: String(plugin.userOptions.filename ?? "index.html"), chunks: [] as string[] };
      const chunks = plugin.userOptions.chunks;
      page.chunks = chunks === undefined || chunks === "all" ? Object.keys(entry) : chunks;
      pages.push(page);
      files.add(page.filename);
    } else if (plugin instanceof CopyWebpackPlugin) {
      const patterns = (plugin as unknown as { patterns: (string | { from: string; to?: unknown })[] }).patterns;
      for (const p of patterns) {
        const pattern = typeof p === "string" ? { from: p, to: path.basename(p) } : p;
        copiedFiles(pattern).forEach((f) => files.add(f));
        if (pattern.from === "manifest.xml") manifestPattern = pattern as BuildInfo["manifestPattern"];
      }
    } else if (plugin instanceof CustomFunctionsMetadataPlugin) {
      files.add((plugin as unknown as { options: { output: string } }).options.output);
    }
  }
  return { config, files, pages, manifestPattern };
}

function pngSize(file: string): { width: number; height: number } {
  const data = fs.readFileSync(file);
  expect(data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

const xml = fs.readFileSync(MANIFEST_PATH, "utf8");
const doc = parseXml(xml);
const ov = (localName: string) => Array.from(doc.getElementsByTagNameNS(NS.ov, localName));
const resourceMap = resources(doc);
const resolve = (resid: string | null) => (resid === null ? undefined : resourceMap.get(resid)?.value);

describe("manifest.xml", () => {
  test("is a task pane add-in for Excel workbooks with a GUID id and the product name", () => {
    const root = doc.documentElement;
    expect([root.namespaceURI, root.localName, xsiType(root)]).toEqual([NS.app, "OfficeApp", "TaskPaneApp"]);
    const text = (name: string) => children(root, name)[0]?.textContent?.trim();
    expect(text("Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text("ProviderName")).toBe("Rubric Workbench");
    expect(children(root, "DisplayName")[0]?.getAttribute("DefaultValue")).toBe("Rubric Workbench");
    const hosts = children(children(root, "Hosts")[0], "Host").map((h) => h.getAttribute("Name"));
    expect(hosts).toEqual(["Workbook"]);
    expect(ov("Host").map(xsiType)).toEqual(["Workbook"]);
  });

  test("requires SharedRuntime 1.1 and ExcelApi 1.13", () => {
    const root = doc.documentElement;
    const sets = children(children(root, "Requirements")[0], "Sets").flatMap((s) => children(s, "Set"));
    const version = (name: string) => sets.find((s) => s.getAttribute("Name") === name)?.getAttribute("MinVersion");
    expect(version("SharedRuntime")).toBe("1.1");
    expect(version("ExcelApi")).toBe("1.13");
  });

  test("has a Chinese (zh-CN) display name and description", () => {
    const override = (name: string) =>
      children(children(doc.documentElement, name)[0], "Override").map((o) => [
        o.getAttribute("Locale"),
        o.getAttribute("Value"),
      ]);
    expect(override("DisplayName")).toEqual([["zh-CN", "评分表工作台"]]);
    expect(override("Description")).toEqual([["zh-CN", expect.stringMatching(/评分表.*流程系统/)]]);
  });

  test("its support page is the add-in's own help, in English and Chinese", () => {
    const url = children(doc.documentElement, "SupportUrl")[0].getAttribute("DefaultValue")!;
    expect(url).toBe(`${makeConfig.urlDev}help.html`);
    const help = new JSDOM(fs.readFileSync(path.join(ROOT, "src", "help", "help.html"), "utf8")).window.document;
    expect(help.querySelector('section[lang="en"] h1')?.textContent).toBe("Rubric Workbench help");
    expect(help.querySelector('section[lang="zh-CN"] h1')?.textContent).toContain("评分表工作台");
    expect(help.querySelectorAll("script")).toHaveLength(0);
  });

  test("defines every resid it uses, with the right kind of resource, and nothing unused", () => {
    const users = elements(doc).filter((el) => el.hasAttribute("resid"));
    expect(users.length).toBeGreaterThan(0);
    const undefinedIds = users.map((el) => el.getAttribute("resid")!).filter((id) => !resourceMap.has(id));
    expect({ undefinedResids: [...new Set(undefinedIds)] }).toEqual({ undefinedResids: [] });
    const wrongKind = users
      .filter((el) => resourceMap.get(el.getAttribute("resid")!)?.kind !== expectedKind(el))
      .map(
        (el) => `${el.localName} -> ${el.getAttribute("resid")} (${resourceMap.get(el.getAttribute("resid")!)?.kind})`,
      );
    expect(wrongKind).toEqual([]);
    const tooLong = users.map((el) => el.getAttribute("resid")!).filter((id) => id.length > 32);
    expect(tooLong).toEqual([]);
    const used = new Set(users.map((el) => el.getAttribute("resid")));
    expect([...resourceMap.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test("uses only https URLs, all on the dev server", () => {
    const urls = urlsIn(doc);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
    expect(urls.filter((u) => !u.startsWith(makeConfig.urlDev))).toEqual([]);
  });

  test("runs the task pane and the custom functions in one long-lived shared runtime", () => {
    const runtimes = ov("Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
    const runtimeUrl = resolve(runtimes[0].getAttribute("resid"));
    const cf = ov("ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
    expect(cf).toBeDefined();
    const location = (name: string) =>
      resolve(children(children(cf!, name)[0], "SourceLocation")[0]?.getAttribute("resid"));
    expect(location("Page")).toBe(runtimeUrl);
    const actions = ov("Action");
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) {
      expect(children(action, "TaskpaneId")).toEqual([]);
      if (xsiType(action) === "ShowTaskpane") {
        expect(resolve(children(action, "SourceLocation")[0]?.getAttribute("resid"))).toBe(runtimeUrl);
      }
    }
    expect(resolve(ov("FunctionFile")[0]?.getAttribute("resid"))).toBe(runtimeUrl);
    const defaultPage = children(children(doc.documentElement, "DefaultSettings")[0], "SourceLocation")[0];
    expect(defaultPage.getAttribute("DefaultValue")).toBe(runtimeUrl);
  });

  test("registers the functions in the RUBRIC namespace", () => {
    const [ns] = ov("Namespace");
    expect(resolve(ns?.getAttribute("resid"))).toBe("RUBRIC");
  });

  test("has a Home tab button that shows the task pane", () => {
    const home = ov("OfficeTab").find((t) => t.getAttribute("id") === "TabHome");
    expect(home).toBeDefined();
    const buttons = home!.getElementsByTagNameNS(NS.ov, "Control");
    const showPane = Array.from(buttons).filter(
      (c) => xsiType(c) === "Button" && children(c, "Action").some((a) => xsiType(a) === "ShowTaskpane"),
    );
    expect(showPane).toHaveLength(1);
  });

  test("icons are PNG files of the declared sizes", () => {
    const asset = (url: string) => path.join(ROOT, url.slice(makeConfig.urlDev.length));
    for (const image of Array.from(doc.getElementsByTagNameNS(NS.bt, "Image"))) {
      const url = resolve(image.getAttribute("resid"));
      if (url === undefined) continue; // Resources' own bt:Image entries
      const size = Number(image.getAttribute("size"));
      expect(pngSize(asset(url))).toEqual({ width: size, height: size });
    }
    const topIcon = (name: string) => children(doc.documentElement, name)[0].getAttribute("DefaultValue")!;
    expect(pngSize(asset(topIcon("IconUrl")))).toEqual({ width: 32, height: 32 });
    expect(pngSize(asset(topIcon("HighResolutionIconUrl")))).toEqual({ width: 64, height: 64 });
  });
});

describe("manifest.xml against webpack.config.js", () => {
  let prod: BuildInfo;
  const saved = process.env.ADDIN_BASE_URL;
  beforeAll(async () => {
    process.env.ADDIN_BASE_URL = URL_PROD;
    prod = await buildInfo("production");
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  });

  test("every URL in the manifest names a file the production build emits", () => {
    const paths = urlsIn(doc).map((u) => u.slice(makeConfig.urlDev.length).split(/[?#]/)[0]);
    expect(paths.filter((p) => !prod.files.has(p))).toEqual([]);
  });

  test("the custom functions' script, page and metadata are emitted, and the page loads both bundles", () => {
    const cf = ov("ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions")!;
    const file = (name: string) =>
      resolve(children(children(cf, name)[0], "SourceLocation")[0].getAttribute("resid"))!.slice(
        makeConfig.urlDev.length,
      );
    for (const name of ["Script", "Page", "Metadata"]) expect(prod.files).toContain(file(name));
    const page = prod.pages.find((p) => p.filename === file("Page"));
    expect(page).toBeDefined();
    const entries = Object.keys(prod.config.entry as object);
    const scriptEntry = entries.find(
      (e) => file("Script") === String(prod.config.output?.filename).replace("[name]", e),
    );
    expect(scriptEntry).toBeDefined();
    // Shared runtime: the page itself registers the functions, so it must include the functions entry.
    expect(page!.chunks).toContain(scriptEntry);
    expect(page!.chunks.length).toBeGreaterThanOrEqual(2);
  });

  test("the production copy of the manifest points at ADDIN_BASE_URL only and stays well-formed", () => {
    expect(prod.manifestPattern?.transform).toBeInstanceOf(Function);
    const out = String(prod.manifestPattern!.transform!(Buffer.from(xml), MANIFEST_PATH));
    const urls = urlsIn(parseXml(out));
    expect(urls).toHaveLength(urlsIn(doc).length);
    expect(urls.filter((u) => !u.startsWith(URL_PROD))).toEqual([]);
    expect(urls).toContain(`${URL_PROD}taskpane.html`);
    expect(out).not.toContain("localhost");
  });

  test("the development copy of the manifest is unchanged", async () => {
    const dev = await buildInfo("development");
    const out = dev.manifestPattern?.transform
      ? String(dev.manifestPattern.transform(Buffer.from(xml), MANIFEST_PATH))
      : xml;
    expect(out).toBe(xml);
  });
});
