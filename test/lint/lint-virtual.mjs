// Lints virtual files with the project's eslint.config.mjs and prints the messages as JSON.
// Input on stdin: [{ "filePath": "src/…", "code": "…" }] (paths relative to the repository root; the files need not
// exist). Output on stdout: [{ "filePath", "messages": [{ "ruleId", "message", "line", "fatal" }] }] in input order.
// A separate Node process because ESLint loads its flat config with import(), which jest's VM only allows under
// --experimental-vm-modules; one process lints every file, since starting ESLint is the slow part.
/* global process */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const files = JSON.parse(readFileSync(0, "utf8"));
const eslint = new ESLint({ cwd: root, overrideConfigFile: "eslint.config.mjs" });
const results = [];
for (const { filePath, code } of files) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath), warnIgnored: true });
  results.push({
    filePath,
    messages: result.messages.map(({ ruleId, message, line, fatal }) => ({ ruleId, message, line, fatal: !!fatal })),
  });
}
process.stdout.write(JSON.stringify(results));
