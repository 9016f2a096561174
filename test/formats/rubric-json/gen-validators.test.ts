import * as fs from "fs";
import * as path from "path";
import validate from "../../../src/formats/rubric-json/generated/rubric-validator";

// The generator is a plain Node script (CommonJS), so it is loaded with require.
const gen = require("../../../scripts/gen-validators") as {
  generateRubricValidator(): string;
  generateRubricValidatorTypes(): string;
  OUT_JS: string;
  OUT_DTS: string;
  SCHEMA_FILE: string;
};

const ROOT = path.resolve(__dirname, "../../..");

describe("generated rubric validator", () => {
  test("matches the schema: regenerating gives the committed file byte for byte", () => {
    // If this fails, run `npm run gen:validators` and commit the result.
    expect(path.relative(ROOT, gen.OUT_JS)).toBe(
      path.join("src", "formats", "rubric-json", "generated", "rubric-validator.js"),
    );
    expect(fs.readFileSync(gen.OUT_JS, "utf8")).toBe(gen.generateRubricValidator());
    expect(fs.readFileSync(gen.OUT_DTS, "utf8")).toBe(gen.generateRubricValidatorTypes());
  });

  test("is standalone code: no eval, no new Function, no imports", () => {
    const code = fs.readFileSync(gen.OUT_JS, "utf8");
    expect(code).not.toMatch(/\beval\s*\(|\bFunction\s*\(|\brequire\s*\(|^\s*import\b/m);
  });

  test("validates and reports errors with instance paths", () => {
    expect(validate({})).toBe(false);
    expect(validate.errors?.map((e) => e.params)).toContainEqual({ missingProperty: "format" });
    expect(validate({ format: "rubric-workbench/rubric", formatVersion: 1 })).toBe(false);
  });
});

describe("schema/rubric.schema.json", () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "schema", "rubric.schema.json"), "utf8")) as Record<
    string,
    unknown
  >;

  test("is draft-07 with a URN id", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.$id).toBe("urn:rubric-workbench:rubric:1");
  });

  test("every object forbids additional properties and every property is described", () => {
    const walk = (node: Record<string, unknown>, where: string) => {
      if (node.type === "object") {
        expect([where, node.additionalProperties]).toEqual([where, false]);
        for (const [name, sub] of Object.entries(node.properties as Record<string, Record<string, unknown>>)) {
          if (!sub.$ref) expect([`${where}/${name}`, typeof sub.description]).toEqual([`${where}/${name}`, "string"]);
          walk(sub, `${where}/${name}`);
        }
      }
      if (node.items) walk(node.items as Record<string, unknown>, `${where}[]`);
    };
    walk(schema, "#");
    for (const [name, def] of Object.entries(schema.definitions as Record<string, Record<string, unknown>>)) {
      expect([name, typeof def.description]).toEqual([name, "string"]);
      walk(def, `#/definitions/${name}`);
    }
  });
});
