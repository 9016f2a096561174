#!/usr/bin/env node
// Compiles schema/rubric.schema.json into a standalone validator module, so the shipped add-in validates rubric
// files without eval or new Function (neither is allowed by the security rules nor by the Office add-in CSP).
//
//   npm run gen:validators     writes src/formats/rubric-json/generated/rubric-validator.{js,d.ts}
//
// The output is committed. test/formats/rubric-json/gen-validators.test.ts regenerates it in-process and fails if it
// differs, so the committed validator cannot drift from the schema (or from the Ajv version that compiled it).
"use strict";

const fs = require("fs");
const path = require("path");
const Ajv = require("ajv").default;
const standaloneCode = require("ajv/dist/standalone").default;

const ROOT = path.resolve(__dirname, "..");
const SCHEMA_FILE = path.join(ROOT, "schema", "rubric.schema.json");
const OUT_JS = path.join(ROOT, "src", "formats", "rubric-json", "generated", "rubric-validator.js");
const OUT_DTS = path.join(ROOT, "src", "formats", "rubric-json", "generated", "rubric-validator.d.ts");

/**
 * Ajv runtime helpers the generated code may `require`. They are inlined (their source copied in) so the module
 * has no imports: it then loads the same way under webpack, ts-jest and plain Node, with no CommonJS/ESM interop.
 * Each must be a self-contained function (no free variables besides globals).
 */
const INLINABLE_RUNTIME = new Set(["ajv/dist/runtime/ucs2length"]);

function header() {
  const ajvVersion = require("ajv/package.json").version;
  return (
    "// GENERATED FILE: do not edit. Run `npm run gen:validators` to regenerate.\n" +
    `// Compiled from schema/rubric.schema.json by scripts/gen-validators.js with Ajv ${ajvVersion} (standalone code:\n` +
    "// no eval, no new Function). test/formats/rubric-json/gen-validators.test.ts checks it matches the schema.\n" +
    "/* eslint-disable */\n"
  );
}

function inlineRuntime(code) {
  return code.replace(/require\("([^"]+)"\)\.default/g, (whole, moduleName) => {
    if (!INLINABLE_RUNTIME.has(moduleName)) {
      throw new Error(
        `gen-validators: the generated code needs ${moduleName}; add it to INLINABLE_RUNTIME if it is self-contained`,
      );
    }
    const fn = require(moduleName).default;
    if (typeof fn !== "function") throw new Error(`gen-validators: ${moduleName} has no default function`);
    return `(${fn.toString()})`;
  });
}

/** The validator module's source (ES module), exactly as committed. Deterministic for a given schema and Ajv version. */
function generateRubricValidator() {
  const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, "utf8"));
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    // "from": ["number", "null"] is plain draft-07; strict mode wants union types allowed explicitly.
    allowUnionTypes: true,
    code: { source: true, esm: true, lines: true },
  });
  const validate = ajv.compile(schema);
  let code = inlineRuntime(standaloneCode(ajv, validate));
  if (/\brequire\(|\beval\(|new Function\b/.test(code)) {
    throw new Error("gen-validators: the generated code still uses require, eval or new Function");
  }
  if (!code.endsWith("\n")) code += "\n";
  return header() + code;
}

/** The type declarations for the validator module. */
function generateRubricValidatorTypes() {
  return (
    "// GENERATED FILE: do not edit. Run `npm run gen:validators` to regenerate.\n" +
    'import type { ErrorObject } from "ajv";\n' +
    "\n" +
    "/** Checks a parsed document against schema/rubric.schema.json; on failure, `errors` lists every violation. */\n" +
    "export interface RubricSchemaValidator {\n" +
    "  (data: unknown): boolean;\n" +
    "  errors?: ErrorObject[] | null;\n" +
    "}\n" +
    "\n" +
    "export declare const validate: RubricSchemaValidator;\n" +
    "export default validate;\n"
  );
}

module.exports = { generateRubricValidator, generateRubricValidatorTypes, OUT_JS, OUT_DTS, SCHEMA_FILE };

if (require.main === module) {
  fs.mkdirSync(path.dirname(OUT_JS), { recursive: true });
  fs.writeFileSync(OUT_JS, generateRubricValidator());
  fs.writeFileSync(OUT_DTS, generateRubricValidatorTypes());
  console.log(`wrote ${path.relative(ROOT, OUT_JS)} and ${path.relative(ROOT, OUT_DTS)}`);
}
