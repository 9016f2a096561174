// The layer rules in eslint.config.mjs, proven on planted files: each zone flags a violating import with the rule and
// message we expect, and the matching allowed import passes. The planted files are virtual (ESLint lints the text as
// if it were at that path), so folders that do not exist yet, such as src/app, are covered too.
import { execFileSync } from "child_process";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const ZONES = "import-x/no-restricted-paths";
// Both Excel rules: no-restricted-globals for values, no-restricted-syntax for type references.
const LAYER_RULES = new Set([ZONES, "no-restricted-globals", "no-restricted-syntax"]);

// A fragment of each zone's message: it tells which zone fired (src/rubric importing test/ trips two zones).
const RUBRIC = "src/rubric is the pure domain";
const FUNCTIONS = "Custom functions depend on the domain only";
const FORMATS = "src/formats converts rubrics";
const WORKBOOK = "src/workbook sits below the use cases";
const APP = "Use cases (src/app) must not import the pane";
const TASKPANE = "The pane reaches the workbook through a use case in src/app";
const SHIPPED = "Shipped code (src) must not import test tooling";
const EXCEL = "Only src/workbook touches the Excel API";

interface Case {
  name: string;
  filePath: string;
  code: string;
  /** The layer-rule messages expected, as [ruleId, message fragment]; [] for code the layers allow. */
  expected: [string, string][];
}

const uses = (specifier: string) => `import * as planted from "${specifier}";\n\nexport default planted;\n`;
const flagged = (filePath: string, specifier: string, fragment: string): Case => ({
  name: `${filePath} importing ${specifier} is flagged`,
  filePath,
  code: uses(specifier),
  expected: [[ZONES, fragment]],
});
const allowed = (filePath: string, specifier: string): Case => ({
  name: `${filePath} importing ${specifier} passes`,
  filePath,
  code: uses(specifier),
  expected: [],
});
const excel = (name: string, filePath: string, code: string, rules: string[]): Case => ({
  name,
  filePath,
  code,
  expected: rules.map((rule) => [rule, EXCEL]),
});

const CASES: Case[] = [
  // src/rubric: nothing of ours outside itself; packages are fine.
  flagged("src/rubric/planted.ts", "../workbook/index", RUBRIC),
  flagged("src/rubric/planted.ts", "../formats/json-text", RUBRIC),
  flagged("src/rubric/planted.ts", "../../assets/examples/sample-evaluations.csv", RUBRIC),
  allowed("src/rubric/planted.ts", "./model"),
  allowed("src/rubric/planted.ts", "papaparse"),

  // src/functions: src/rubric only.
  flagged("src/functions/planted.ts", "../formats/json-text", FUNCTIONS),
  flagged("src/functions/planted.ts", "../workbook", FUNCTIONS),
  flagged("src/functions/planted.ts", "../taskpane/actions", FUNCTIONS),
  allowed("src/functions/planted.ts", "../rubric/model"),
  allowed("src/functions/planted.ts", "./errors"),

  // src/formats: no other layer.
  flagged("src/formats/planted.ts", "../workbook", FORMATS),
  flagged("src/formats/planted.ts", "../app/planted-use-case", FORMATS),
  flagged("src/formats/planted.ts", "../taskpane/actions", FORMATS),
  flagged("src/formats/ecology/planted.ts", "../../functions/functions", FORMATS),
  allowed("src/formats/planted.ts", "../rubric/model"),
  allowed("src/formats/planted.ts", "@noble/hashes/sha2.js"),

  // src/workbook: below the use cases.
  flagged("src/workbook/planted.ts", "../app/planted-use-case", WORKBOOK),
  flagged("src/workbook/planted.ts", "../taskpane/actions", WORKBOOK),
  flagged("src/workbook/planted.ts", "../functions/errors", WORKBOOK),
  allowed("src/workbook/planted.ts", "../rubric/model"),

  // src/app: not the pane.
  flagged("src/app/planted.ts", "../taskpane/actions", APP),
  allowed("src/app/planted.ts", "../workbook"),
  allowed("src/app/planted.ts", "../formats/rubric-json/file"),

  // src/taskpane: the workbook only through src/app; every import form counts, from any depth.
  flagged("src/taskpane/planted.ts", "../workbook", TASKPANE),
  flagged("src/taskpane/export/planted.tsx", "../../workbook/session", TASKPANE),
  {
    name: "a type-only import, a re-export and import() of src/workbook in the pane are each flagged",
    filePath: "src/taskpane/planted.ts",
    code:
      'import type { WorkbookContext } from "../workbook/session";\n' +
      'export { runInWorkbook } from "../workbook";\n' +
      'export const later = () => import("../workbook/session");\n' +
      "export type Context = WorkbookContext;\n",
    expected: [
      [ZONES, TASKPANE],
      [ZONES, TASKPANE],
      [ZONES, TASKPANE],
    ],
  },
  allowed("src/taskpane/planted.ts", "../app/planted-use-case"),
  allowed("src/taskpane/planted.ts", "../rubric/model"),

  // Shipped code never imports test tooling or benchmarks.
  flagged("src/taskpane/planted.ts", "../../test/host", SHIPPED),
  flagged("src/workbook/planted.ts", "../../bench/host", SHIPPED),
  flagged("src/app/planted.ts", "../../test/support/host-helpers", SHIPPED),
  {
    name: "src/rubric importing test/ trips both its own zone and the shipped-code zone",
    filePath: "src/rubric/planted.ts",
    code: uses("../../test/support/worked-example"),
    expected: [
      [ZONES, RUBRIC],
      [ZONES, SHIPPED],
    ],
  },

  // Excel.* only in src/workbook, values and types alike.
  excel(
    "Excel.run in the pane is flagged",
    "src/taskpane/planted.ts",
    "export const run = () => Excel.run(async () => {});\n",
    ["no-restricted-globals"],
  ),
  excel(
    "Excel through globalThis or destructuring in src/app is flagged",
    "src/app/planted.ts",
    "export const { run } = Excel;\nexport const again = globalThis.Excel.run;\n",
    ["no-restricted-globals", "no-restricted-globals"],
  ),
  excel(
    "an Excel type reference in src/app is flagged",
    "src/app/planted.ts",
    "export type Context = Excel.RequestContext;\n",
    ["no-restricted-syntax"],
  ),
  excel(
    "nested and typeof Excel types in src/functions are flagged",
    "src/functions/planted.ts",
    "export type Data = Excel.Interfaces.RangeData;\nexport type Api = typeof Excel;\n",
    ["no-restricted-syntax", "no-restricted-syntax"],
  ),
  excel(
    "Excel in src/workbook passes",
    "src/workbook/planted.ts",
    "export const read = (context: Excel.RequestContext): Excel.Range => context.workbook.getSelectedRange();\n" +
      "export const run = () => Excel.run(async () => {});\n",
    [],
  ),
  excel(
    "Excel in comments, strings and as a host name in the pane passes",
    "src/taskpane/planted.ts",
    '// Excel.run belongs to src/workbook.\nexport const isExcel = (host: unknown) => host === "Excel" || host === Office.HostType.Excel;\n',
    [],
  ),
];

interface LintMessage {
  ruleId: string | null;
  message: string;
  line: number;
  fatal: boolean;
}

let results: { filePath: string; messages: LintMessage[] }[];

beforeAll(() => {
  const input = CASES.map(({ filePath, code }) => ({ filePath, code }));
  const output = execFileSync(process.execPath, [path.join(__dirname, "lint-virtual.mjs")], {
    cwd: ROOT,
    input: JSON.stringify(input),
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  results = JSON.parse(output);
}, 120_000);

test.each(CASES.map((c, index) => [c.name, index] as const))("%s", (_name, index) => {
  const { filePath, expected } = CASES[index];
  const result = results[index];
  expect(result.filePath).toBe(filePath);
  // A planted file that does not parse would pass every layer rule: it must parse.
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  const layerMessages = result.messages.filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId));
  expect(layerMessages).toHaveLength(expected.length);
  expected.forEach(([rule, fragment], i) => {
    expect(layerMessages[i].ruleId).toBe(rule);
    expect(layerMessages[i].message).toContain(fragment);
  });
});
