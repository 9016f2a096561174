#!/usr/bin/env node
// Post-build check of dist/: the files the manifest points at exist, functions.json lists the RUBRIC functions,
// the page loads both bundles, and no test-only code leaked into the bundle: neither HyperFormula nor the simulated
// Excel host and browser preview (test/host, test/preview).
// Usage: node scripts/check-dist.js [distDir]
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { isPlaceholderHost } = require("./base-url");

const dist = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
const REQUIRED_FILES = ["taskpane.html", "taskpane.js", "functions.js", "functions.json", "manifest.xml"];
const REQUIRED_FUNCTIONS = ["SCORE", "TOTAL", "POINTS", "BAND", "CHECK"];
const RANGE_PARAMETERS = ["scores", "ids", "criteria", "bands", "weights", "maxima", "kinds"];
const FORBIDDEN = /hyperformula/i;
// Marks of the simulated host (its saved-state format name) and of the preview page.
const TEST_TOOLING = /rubric-workbench-simulated-workbook|rubric-workbench-preview/;

const failures = [];
const fail = (message) => failures.push(message);

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (files) =>
  files.reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length, 0);

if (!fs.existsSync(dist)) {
  console.error(`check-dist: FAILED - ${dist} does not exist; run \`npm run build\` first.`);
  process.exit(1);
}

for (const file of REQUIRED_FILES) {
  if (!fs.existsSync(path.join(dist, file))) fail(`missing ${file}`);
}

// functions.json: the ids Excel registers (the metadata plugin uppercases them).
let functionIds = [];
try {
  const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"));
  functionIds = (metadata.functions || []).map((f) => f.id);
  const missing = REQUIRED_FUNCTIONS.filter((id) => !functionIds.includes(id));
  if (missing.length > 0) fail(`functions.json lacks ${missing.join(", ")} (has: ${functionIds.join(", ") || "none"})`);
  // Range arguments must be matrices, or Excel rejects a multi-cell range for them.
  for (const f of metadata.functions || []) {
    for (const p of f.parameters || []) {
      if (RANGE_PARAMETERS.includes(p.name) && p.dimensionality !== "matrix") {
        fail(`functions.json: ${f.id}(${p.name}) is not a matrix parameter`);
      }
    }
    if (!f.description || /\n/.test(f.description)) fail(`functions.json: ${f.id} needs a one-line description`);
  }
} catch (err) {
  if (fs.existsSync(path.join(dist, "functions.json"))) fail(`functions.json is not valid JSON: ${err.message}`);
}

// taskpane.html: the shared runtime page must load office.js from the CDN and both bundles.
let initialScripts = [];
const htmlPath = path.join(dist, "taskpane.html");
if (fs.existsSync(htmlPath)) {
  const html = fs.readFileSync(htmlPath, "utf8");
  // Minified HTML may leave attribute values unquoted.
  const srcs = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
  if (!srcs.some((src) => src.startsWith("https://appsforoffice.microsoft.com/"))) {
    fail("taskpane.html does not load office.js from the Microsoft CDN (was this a development build?)");
  }
  const local = srcs.filter((src) => !/^https?:\/\//.test(src)).map((src) => src.replace(/^\/+/, "").split("?")[0]);
  for (const bundle of ["functions.js", "taskpane.js"]) {
    if (!local.includes(bundle)) fail(`taskpane.html does not load ${bundle}`);
  }
  initialScripts = local.filter((src) => src !== "functions.js" && fs.existsSync(path.join(dist, src)));
}

// The production manifest must point at a real host: not the dev server, not a placeholder such as contoso.com.
const manifestPath = path.join(dist, "manifest.xml");
if (fs.existsSync(manifestPath)) {
  const urls = [...fs.readFileSync(manifestPath, "utf8").matchAll(/DefaultValue="(https?:\/\/[^"]*)"/g)].map(
    (m) => m[1],
  );
  const placeholders = urls.filter((u) => isPlaceholderHost(new URL(u).hostname));
  if (placeholders.length > 0) {
    fail(`dist/manifest.xml points at a placeholder host: ${placeholders[0]} (build with ADDIN_BASE_URL set)`);
  }
}

const allFiles = walk(dist);
const leaking = allFiles.filter((file) => FORBIDDEN.test(fs.readFileSync(file, "latin1")));
if (leaking.length > 0) {
  fail(`HyperFormula (a test-only dependency) found in ${leaking.map((f) => path.relative(dist, f)).join(", ")}`);
}

const tooling = allFiles.filter(
  (file) => /preview/i.test(path.basename(file)) || TEST_TOOLING.test(fs.readFileSync(file, "latin1")),
);
if (tooling.length > 0) {
  fail(`test tooling (simulated host or preview) found in ${tooling.map((f) => path.relative(dist, f)).join(", ")}`);
}

// The pane's first screen: its initial JS (what taskpane.html loads besides functions.js) stays within budget;
// everything else is loaded on demand.
const PANE_BUDGET_BYTES = 200 * 1024;
const paneGzip = gzipSize(initialScripts.map((src) => path.join(dist, src)));
if (paneGzip > PANE_BUDGET_BYTES) {
  fail(`the pane's initial JS is ${kb(paneGzip)} gzip, over the budget of ${kb(PANE_BUDGET_BYTES)}: load more on demand`);
}

if (failures.length > 0) {
  console.error(`check-dist: FAILED (${dist})`);
  for (const message of failures) console.error(`  - ${message}`);
  process.exit(1);
}

const functionsGzip = gzipSize([path.join(dist, "functions.js")]);
console.log(
  `check-dist: OK - ${allFiles.length} files, functions ${functionIds.join(",")}, no HyperFormula or test tooling; ` +
    `gzip: taskpane initial JS ${kb(paneGzip)} (${initialScripts.join(" + ")}), functions.js ${kb(functionsGzip)}`,
);
