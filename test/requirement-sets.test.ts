// The ExcelApi version the manifest requires covers every Excel API member the shipped code uses, as
// @types/office-js tags them ("[Api set: ExcelApi 1.13]"). A newer member makes this fail: raise the manifest's
// requirement, or guard the call with Office.context.requirements.isSetSupported.
import * as fs from "fs";
import * as path from "path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "..");

/** "Table.resize" -> "1.13", for every Excel API member referenced under src/. */
function excelMembersUsed(): Map<string, string> {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  )!;
  const files = config.fileNames.filter((f) => path.relative(ROOT, f).startsWith("src"));
  const program = ts.createProgram(files, config.options);
  const checker = program.getTypeChecker();
  const used = new Map<string, string>();
  for (const source of program.getSourceFiles()) {
    if (!path.relative(ROOT, source.fileName).startsWith("src")) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        for (const d of checker.getSymbolAtLocation(node.name)?.declarations ?? []) {
          if (
            !ts.isPropertySignature(d) &&
            !ts.isMethodSignature(d) &&
            !ts.isPropertyDeclaration(d) &&
            !ts.isMethodDeclaration(d)
          )
            continue;
          const set = /\[Api set: ExcelApi (\d+\.\d+)/.exec(d.getFullText())?.[1];
          const owner = (d.parent as ts.ClassDeclaration | ts.InterfaceDeclaration).name?.text;
          if (set) used.set(`${owner}.${node.name.text}`, set);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return used;
}

const minor = (version: string) => Number(version.split(".")[1]);

test("manifest.xml requires the newest ExcelApi set that src/ uses", () => {
  const used = excelMembersUsed();
  expect(used.get("Table.resize")).toBe("1.13");
  const newest = Math.max(...[...used.values()].map(minor));
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const required = /<Set Name="ExcelApi" MinVersion="(\d+\.\d+)"\/>/.exec(manifest)?.[1];
  expect(required).toBeDefined();
  const newer = [...used].filter(([, v]) => minor(v) > minor(required!)).map(([m, v]) => `${m} (${v})`);
  expect(newer).toEqual([]);
  expect(minor(required!)).toBe(newest);
}, 60_000);
