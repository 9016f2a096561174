import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { documentChecksum } from "../../../src/rubric/canonical/checksum";
import {
  CHECKSUM_MISMATCH,
  MAX_RUBRIC_FILE_BYTES,
  NO_CHECKSUM_WARNING,
  ParseResult,
  RUBRIC_SCHEMA_ID,
  parseRubric,
  serializeRubric,
} from "../../../src/formats/rubric-json/file";
import { JsonProblem } from "../../../src/formats/rubric-json/json-text";
import { Rubric } from "../../../src/rubric/model";
import { validateRubric } from "../../../src/rubric/validate";
import { rubricArb } from "../arbitraries";
import { proactiveVisit } from "./fixtures/proactive-visit";

type Doc = Record<string, any>;

const exported = () => JSON.parse(serializeRubric(proactiveVisit())) as Doc;

/** Re-signs a modified document, as a tool that knows the format would. */
const signed = (doc: Doc): string => {
  delete doc.checksum;
  return JSON.stringify({ ...doc, checksum: documentChecksum(doc) }, null, 2);
};

const errorsOf = (result: ParseResult): JsonProblem[] => {
  if (result.ok) throw new Error("expected the file to be rejected");
  return result.errors;
};

describe("serializeRubric", () => {
  test("writes the documented layout: format header, fields in schema order, checksum last", () => {
    const text = serializeRubric(proactiveVisit());
    const doc = JSON.parse(text) as Doc;
    expect(Object.keys(doc)).toEqual([
      "$schema",
      "format",
      "formatVersion",
      "id",
      "title",
      "version",
      "status",
      "settings",
      "criteria",
      "bands",
      "checksum",
    ]);
    expect(doc.$schema).toBe(RUBRIC_SCHEMA_ID);
    expect(doc.format).toBe("rubric-workbench/rubric");
    expect(doc.formatVersion).toBe(1);
    expect(doc.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Object.keys(doc.criteria[0])).toEqual(["id", "label", "kind", "weight", "max", "allowNA", "levels"]);
    expect(doc.bands[0]).toEqual({ from: null, points: 0, label: "Below 60" });
    expect(text.startsWith('{\n  "$schema": "urn:rubric-workbench:rubric:1",\n  "format"')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
  });

  test("is deterministic", () => {
    expect(serializeRubric(proactiveVisit())).toBe(serializeRubric(proactiveVisit()));
  });

  test("writes optional fields only when present, in schema order", () => {
    const r = proactiveVisit();
    r.description = "For visits after a complaint";
    r.criteria[0] = {
      ...r.criteria[0],
      description: "Read the file",
      section: "Before",
      levels: [{ label: "x", points: 1, description: "d" }],
    };
    const doc = JSON.parse(serializeRubric(r)) as Doc;
    expect(Object.keys(doc).slice(3, 6)).toEqual(["id", "title", "description"]);
    expect(Object.keys(doc.criteria[0])).toEqual([
      "id",
      "label",
      "description",
      "kind",
      "weight",
      "max",
      "allowNA",
      "levels",
      "section",
    ]);
    expect(Object.keys(doc.criteria[0].levels[0])).toEqual(["label", "points", "description"]);
    expect("description" in doc.criteria[1]).toBe(false);
  });

  test("refuses numbers JSON cannot hold", () => {
    const r = proactiveVisit();
    r.criteria[0].weight = NaN;
    expect(() => serializeRubric(r)).toThrow(TypeError);
  });
});

describe("parseRubric round trip", () => {
  test("the seed rubric", () => {
    const r = proactiveVisit();
    expect(validateRubric(r)).toEqual([]);
    const result = parseRubric(serializeRubric(r));
    expect(result).toStrictEqual({ ok: true, rubric: r, warnings: [] });
  });

  test("property: any valid rubric", () => {
    fc.assert(
      fc.property(rubricArb, (r) => {
        expect(validateRubric(r)).toEqual([]);
        const result = parseRubric(serializeRubric(r));
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        // toStrictEqual: no undefined-valued fields, plain objects, 0 and -0 told apart.
        expect(result).toStrictEqual({ ok: true, rubric: r, warnings: [] });
      }),
      { numRuns: 300 },
    );
  });

  test("returns a fresh plain object with exactly the domain fields", () => {
    const result = parseRubric(serializeRubric(proactiveVisit()));
    if (!result.ok) throw new Error("rejected");
    const { rubric } = result;
    expect(Object.getPrototypeOf(rubric)).toBe(Object.prototype);
    expect(Object.keys(rubric).sort()).toEqual(["bands", "criteria", "id", "settings", "status", "title", "version"]);
    expect(Object.keys(rubric.criteria[6]).sort()).toEqual([
      "allowNA",
      "id",
      "kind",
      "label",
      "levels",
      "max",
      "weight",
    ]);
    expect(Object.keys(rubric.bands[1])).toEqual(["from", "points"]);
  });
});

describe("parseRubric checksum", () => {
  test("detects a changed weight", () => {
    const text = serializeRubric(proactiveVisit());
    const tampered = text.replace('"weight": 15', '"weight": 16');
    expect(tampered).not.toBe(text);
    expect(errorsOf(parseRubric(tampered))).toEqual([{ path: "/checksum", message: CHECKSUM_MISMATCH }]);
  });

  test("detects a changed checksum", () => {
    const doc = exported();
    doc.checksum = "sha256:" + "0".repeat(64);
    expect(errorsOf(parseRubric(JSON.stringify(doc)))).toEqual([{ path: "/checksum", message: CHECKSUM_MISMATCH }]);
  });

  test("is canonical: other key order, whitespace and number spelling still verify", () => {
    const doc = exported();
    const reorder = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reorder)
        : v && typeof v === "object"
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reorder(x)]),
            )
          : v;
    const compact = JSON.stringify(reorder(doc));
    expect(compact.startsWith('{"checksum"')).toBe(true);
    expect(parseRubric(compact)).toEqual({ ok: true, rubric: proactiveVisit(), warnings: [] });
    const respelled = compact.replace('"weight":15', '"weight" :\t1.50e1 ');
    expect(respelled).not.toBe(compact);
    expect(parseRubric("\r\n" + respelled + "\n\n").ok).toBe(true);
  });

  test("a file without checksum is accepted with a warning", () => {
    const doc = exported();
    delete doc.checksum;
    expect(parseRubric(JSON.stringify(doc))).toEqual({
      ok: true,
      rubric: proactiveVisit(),
      warnings: [NO_CHECKSUM_WARNING],
    });
    expect(NO_CHECKSUM_WARNING).toMatch(/^no checksum/);
  });

  test("a checksum mismatch is reported together with domain problems", () => {
    const doc = exported();
    doc.criteria[1].id = "prep";
    expect(errorsOf(parseRubric(JSON.stringify(doc)))).toEqual([
      { path: "/criteria/1/id", message: "prep: id repeats the id of criterion 1 (ids ignore case)" },
      { path: "/checksum", message: CHECKSUM_MISMATCH },
    ]);
  });
});

describe("parseRubric defaults", () => {
  test("kind defaults to score and allowNA to false; $schema is optional", () => {
    const doc = exported();
    delete doc.criteria[0].kind;
    delete doc.criteria[0].allowNA;
    delete doc.$schema;
    const result = parseRubric(signed(doc));
    expect(result).toEqual({ ok: true, rubric: proactiveVisit(), warnings: [] });
  });

  test("accepts a byte order mark", () => {
    expect(parseRubric("\uFEFF" + serializeRubric(proactiveVisit())).ok).toBe(true);
  });
});

describe("parseRubric rejects", () => {
  test("text over 1 MB, counting UTF-8 bytes", () => {
    const doc = exported();
    doc.description = "x".repeat(MAX_RUBRIC_FILE_BYTES);
    expect(errorsOf(parseRubric(JSON.stringify(doc)))).toEqual([
      { path: "", message: "the file is larger than 1 MB (1,048,576 bytes), the most a rubric file may be" },
    ]);
    // 2-byte characters: fewer than 1,048,576 UTF-16 units, more than 1,048,576 bytes.
    const wide = `{"title": "${"é".repeat(524_288)}"}`;
    expect(wide.length).toBeLessThan(MAX_RUBRIC_FILE_BYTES);
    expect(errorsOf(parseRubric(wide))[0].message).toMatch(/larger than 1 MB/);
    // 4-byte characters (surrogate pairs) count 4 bytes per pair.
    expect(errorsOf(parseRubric(`"${"😀".repeat(262_144)}"`))[0].message).toMatch(/larger than 1 MB/);
  });

  test("text of exactly 1 MB is read", () => {
    const text = serializeRubric(proactiveVisit());
    const padded = text + " ".repeat(MAX_RUBRIC_FILE_BYTES - Buffer.byteLength(text, "utf8"));
    expect(Buffer.byteLength(padded, "utf8")).toBe(MAX_RUBRIC_FILE_BYTES);
    expect(parseRubric(padded).ok).toBe(true);
  });

  test("invalid JSON, with its position", () => {
    // The comma after "version" (line 7) is missing; the parser notices at the next property, line 8.
    const text = serializeRubric(proactiveVisit()).replace('"version": 1,', '"version": 1');
    expect(errorsOf(parseRubric(text))).toEqual([
      { path: "", message: "invalid JSON at line 8, column 3: expected ',' or '}' after a property value, found '\"'" },
    ]);
  });

  test("a document that is not an object", () => {
    expect(errorsOf(parseRubric("[1]"))).toEqual([
      { path: "", message: "a rubric file must hold a JSON object ({ ... })" },
    ]);
  });

  test.each(["__proto__", "constructor", "prototype"])("the key %s, at the top and nested", (key) => {
    const text = serializeRubric(proactiveVisit())
      .replace('"format":', `"${key}": 1, "format":`)
      .replace('"label": "Not done"', `"label": "Not done", "${key}": {"polluted": true}`);
    expect(errorsOf(parseRubric(text))).toEqual([
      { path: `/${key}`, message: `the key "${key}" is not allowed` },
      { path: `/criteria/0/levels/0/${key}`, message: `the key "${key}" is not allowed` },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("duplicate keys", () => {
    const text = serializeRubric(proactiveVisit()).replace('"weight": 15,', '"weight": 15, "weight": 150,');
    expect(errorsOf(parseRubric(text))).toEqual([
      { path: "/criteria/0/weight", message: 'the key "weight" appears more than once in the same object' },
    ]);
  });

  test("a missing or wrong format", () => {
    const doc = exported();
    doc.format = "rubric-workbench/scores";
    expect(errorsOf(parseRubric(signed(doc)))).toEqual([
      {
        path: "/format",
        message: 'format "rubric-workbench/scores" is not supported (expected "rubric-workbench/rubric")',
      },
    ]);
    delete doc.format;
    expect(errorsOf(parseRubric(signed(doc)))).toEqual([
      { path: "/format", message: "is missing: this is not a Rubric Workbench rubric file" },
    ]);
  });

  test("an unknown formatVersion", () => {
    const doc = exported();
    doc.formatVersion = 2;
    expect(errorsOf(parseRubric(signed(doc)))).toEqual([
      { path: "/formatVersion", message: "formatVersion 2 is not supported (this add-in reads version 1)" },
    ]);
    doc.formatVersion = "1";
    expect(errorsOf(parseRubric(signed(doc)))[0]).toEqual({
      path: "/formatVersion",
      message: "formatVersion must be a number (this add-in reads version 1)",
    });
    delete doc.formatVersion;
    expect(errorsOf(parseRubric(signed(doc)))).toEqual([{ path: "/formatVersion", message: "is missing" }]);
  });

  describe("schema violations", () => {
    const rejected = (change: (doc: Doc) => void): JsonProblem[] => {
      const doc = exported();
      change(doc);
      return errorsOf(parseRubric(signed(doc)));
    };

    test("a negative weight", () => {
      expect(rejected((d) => (d.criteria[2].weight = -5))).toEqual([
        { path: "/criteria/2/weight", message: "is -5; must be ≥ 0" },
      ]);
    });

    test("max of 0", () => {
      expect(rejected((d) => (d.criteria[0].max = 0))).toEqual([
        { path: "/criteria/0/max", message: "is 0; must be > 0" },
      ]);
    });

    test("bad ids", () => {
      expect(
        rejected((d) => {
          d.id = "1st visit";
          d.criteria[3].id = "PROC-2";
        }),
      ).toEqual([
        { path: "/id", message: "must start with a letter, then up to 23 letters, digits, - or _" },
        { path: "/criteria/3/id", message: "must start with a letter, then letters, digits or _" },
      ]);
    });

    test("additional properties, at any level", () => {
      expect(
        rejected((d) => {
          d.exportedAt = "2024-01-01";
          d.settings.currency = "EUR";
          d.bands[1].color = "red";
        }),
      ).toEqual([
        { path: "/exportedAt", message: 'unknown property "exportedAt" (not part of the rubric format)' },
        { path: "/settings/currency", message: 'unknown property "currency" (not part of the rubric format)' },
        { path: "/bands/1/color", message: 'unknown property "color" (not part of the rubric format)' },
      ]);
    });

    test("wrong types", () => {
      expect(
        rejected((d) => {
          d.version = "1";
          d.criteria[0].allowNA = "no";
          d.bands[2].from = "75";
          d.settings.decimals = 1.5;
        }),
      ).toEqual([
        { path: "/version", message: "must be a whole number" },
        { path: "/settings/decimals", message: "must be a whole number" },
        { path: "/criteria/0/allowNA", message: "must be true or false" },
        { path: "/bands/2/from", message: "must be a number or null" },
      ]);
    });

    test("missing required fields, unknown enum values, empty and too long texts", () => {
      expect(
        rejected((d) => {
          delete d.settings;
          d.status = "published";
          d.title = "";
          d.criteria[1].label = "x".repeat(501);
          delete d.criteria[1].weight;
          d.criteria[6].kind = "extra";
        }),
      ).toEqual([
        { path: "/settings", message: "is required" },
        { path: "/title", message: "is empty" },
        { path: "/status", message: 'is "published"; must be one of draft, stable, final' },
        { path: "/criteria/1/weight", message: "is required" },
        { path: "/criteria/1/label", message: "is longer than 500 characters" },
        { path: "/criteria/6/kind", message: 'is "extra"; must be one of score, bonus, penalty, gate' },
      ]);
    });

    test("too many criteria", () => {
      expect(
        rejected((d) => {
          d.criteria = Array.from({ length: 201 }, (_, i) => ({ ...d.criteria[0], id: `C${i}` }));
        }),
      ).toEqual([{ path: "/criteria", message: "has more than 200 items" }]);
    });

    test("a malformed checksum", () => {
      const doc = exported();
      doc.checksum = "md5:abc";
      expect(errorsOf(parseRubric(JSON.stringify(doc)))).toEqual([
        { path: "/checksum", message: 'must be "sha256:" followed by 64 lowercase hex digits' },
      ]);
    });

    test("a number too large for JSON", () => {
      const text = serializeRubric(proactiveVisit()).replace('"scale": 100', '"scale": 1e999');
      expect(errorsOf(parseRubric(text))).toEqual([
        { path: "/settings/scale", message: "the number 1e999 is too large" },
      ]);
    });
  });

  describe("domain violations (validateRubric), located by JSON path", () => {
    const rejectedRubric = (change: (r: Rubric) => void): JsonProblem[] => {
      const r = proactiveVisit();
      change(r);
      return errorsOf(parseRubric(serializeRubric(r)));
    };

    test("duplicate criterion ids, ignoring case", () => {
      expect(rejectedRubric((r) => (r.criteria[4].id = "mail1"))).toEqual([
        { path: "/criteria/4/id", message: "mail1: id repeats the id of criterion 2 (ids ignore case)" },
      ]);
    });

    test("bands not in ascending order", () => {
      expect(rejectedRubric((r) => (r.bands[3].from = 70))).toEqual([
        { path: "/bands/3/from", message: "bands: row 4: from 70 is not above 75" },
      ]);
    });

    test("an open band after the first", () => {
      expect(rejectedRubric((r) => (r.bands[2].from = null))).toEqual([
        { path: "/bands/2/from", message: "bands: row 3: from is blank (only the first band may start open)" },
      ]);
    });

    test("level points outside 0..max, and repeated", () => {
      expect(
        rejectedRubric((r) => {
          r.criteria[6].levels![1].points = 2;
          r.criteria[0].levels![2].points = 4;
        }),
      ).toEqual([
        { path: "/criteria/0/levels/2/points", message: "PREP: levels[2].points 4 repeats an earlier level" },
        { path: "/criteria/6/levels/1/points", message: "BONUS: levels[1].points 2 is outside 0..1" },
      ]);
    });

    test("problems of the criteria as a whole", () => {
      expect(
        rejectedRubric((r) => {
          for (const c of r.criteria) if (c.kind === "score") c.kind = "gate";
        }),
      ).toEqual([{ path: "/criteria", message: "there is no criterion of kind score" }]);
      expect(
        rejectedRubric((r) => {
          for (const c of r.criteria) c.weight = 0;
        }),
      ).toEqual([{ path: "/criteria", message: "weights of score criteria sum to 0" }]);
    });

    test("a blank title", () => {
      expect(rejectedRubric((r) => (r.title = "   "))).toEqual([{ path: "/title", message: "title is empty" }]);
    });
  });

  test("never throws, whatever the text", () => {
    const valid = serializeRubric(proactiveVisit());
    fc.assert(
      fc.property(fc.nat(valid.length), fc.nat(valid.length), fc.string(), (a, b, insert) => {
        const text = valid.slice(0, Math.min(a, b)) + insert + valid.slice(Math.max(a, b));
        const result = parseRubric(text);
        if (result.ok) expect(validateRubric(result.rubric)).toEqual([]);
        else expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(parseRubric(JSON.stringify(v)).ok).toBe(false);
      }),
    );
  });
});

describe("docs/rubric-json.md", () => {
  test("its example is a valid, correctly checksummed export", () => {
    const md = fs.readFileSync(path.join(__dirname, "..", "..", "..", "docs", "rubric-json.md"), "utf8");
    const example = /```json\n([\s\S]*?)\n```/.exec(md)![1];
    const result = parseRubric(example);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (result.ok) expect(serializeRubric(result.rubric)).toBe(example + "\n");
  });
});
