import fc from "fast-check";
import { lineAndColumn, parseJsonStrict, pointer } from "../../../src/formats/rubric-json/json-text";

const errorsOf = (text: string) => {
  const r = parseJsonStrict(text);
  if (r.ok) throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
  return r.errors;
};

describe("parseJsonStrict", () => {
  test("property: parses what JSON.stringify writes, as JSON.parse does", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (v, pretty) => {
        const text = JSON.stringify(v, null, pretty ? 2 : undefined);
        const r = parseJsonStrict(text, { forbiddenKeys: new Set() });
        // fc.jsonValue can repeat no key within an object, so only the depth limit could refuse it.
        expect(r).toEqual({ ok: true, value: JSON.parse(text) });
      }),
    );
  });

  test("property: accepts and rejects the same texts as JSON.parse (apart from its extra rules)", () => {
    const jsonish = fc.stringMatching(/^[\s{}[\]":,0-9.eE+\-tfrulnas\\]{0,20}$/);
    fc.assert(
      fc.property(jsonish, (text) => {
        let expected: unknown;
        let valid = true;
        try {
          expected = JSON.parse(text);
        } catch {
          valid = false;
        }
        const r = parseJsonStrict(text, { forbiddenKeys: new Set() });
        if (!valid) expect(r.ok).toBe(false);
        else if (r.ok) expect(r.value).toEqual(expected);
        else expect(r.errors[0].message).toMatch(/more than once|too large/);
      }),
      { numRuns: 2000 },
    );
  });

  test("decodes escapes, including surrogate pairs and unpaired surrogates", () => {
    expect(parseJsonStrict('["\\u00e9\\ud83d\\ude00\\ud800 \\"\\\\\\/\\b\\f\\n\\r\\t"]')).toEqual({
      ok: true,
      value: ['é😀\ud800 "\\/\b\f\n\r\t'],
    });
  });

  test("parses numbers exactly as JSON.parse", () => {
    for (const n of ["0", "-0", "1.5e3", "1E-7", "123456789012345678901234567890", "0.1", "-12.50e+2"]) {
      expect(parseJsonStrict(n)).toEqual({ ok: true, value: JSON.parse(n) });
    }
  });

  test.each([
    ["", "line 1, column 1: the text is empty"],
    ["{", "line 1, column 2: expected a property name in double quotes, found the end of the text"],
    ['{"a" 1}', "line 1, column 6: expected ':' after the property name, found '1'"],
    ['{"a": 1,}', "line 1, column 9: expected a property name in double quotes, found '}'"],
    ["[1 2]", "line 1, column 4: expected ',' or ']' after an array item, found '2'"],
    ['{\n  "a": 1\n  "b": 2\n}', "line 3, column 3: expected ',' or '}' after a property value, found '\"'"],
    ["{'a': 1}", "line 1, column 2: expected a property name in double quotes, found '''"],
    ["[01]", "line 1, column 3: expected ',' or ']' after an array item, found '1'"],
    ["[-]", "line 1, column 2: invalid number"],
    ["[.5]", "line 1, column 2: unexpected '.'"],
    ["[tru]", "line 1, column 5: unexpected ']'"],
    ['"abc', "line 1, column 1: the text ends inside a string"],
    ['"a\tb"', "line 1, column 3: character U+0009 must be escaped inside a string"],
    ['"\\x"', "line 1, column 2: invalid escape \\x"],
    ['"\\u12G4"', "line 1, column 2: \\u must be followed by 4 hex digits"],
    ["[1] x", "line 1, column 5: unexpected 'x' after the end of the JSON value"],
    ["[1,", "line 1, column 4: the text ends where a value was expected"],
    ["NaN", "line 1, column 1: unexpected 'N'"],
  ])("rejects %j with its position", (text, message) => {
    expect(errorsOf(text)).toEqual([{ path: "", message: `invalid JSON at ${message}` }]);
  });

  test("rejects dangerous keys at any depth, naming each path", () => {
    const text = '{"__proto__": {"x": 1}, "a": [{"b": {"constructor": 1}}, {"prototype": null}]}';
    expect(errorsOf(text)).toEqual([
      { path: "/__proto__", message: 'the key "__proto__" is not allowed' },
      { path: "/a/0/b/constructor", message: 'the key "constructor" is not allowed' },
      { path: "/a/1/prototype", message: 'the key "prototype" is not allowed' },
    ]);
  });

  test("never sets a prototype, even when __proto__ is allowed", () => {
    const r = parseJsonStrict('{"__proto__": {"polluted": true}}', { forbiddenKeys: new Set() });
    expect(r.ok).toBe(true);
    const value = (r as { value: Record<string, unknown> }).value;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("rejects duplicate keys, also when written with escapes", () => {
    expect(errorsOf('{"a": {"w": 1, "\\u0077": 2}}')).toEqual([
      { path: "/a/w", message: 'the key "w" appears more than once in the same object' },
    ]);
  });

  test("rejects numbers too large to represent", () => {
    expect(errorsOf('{"a": [1e400]}')).toEqual([{ path: "/a/0", message: "the number 1e400 is too large" }]);
  });

  test("limits nesting depth without exhausting the stack", () => {
    expect(parseJsonStrict("[".repeat(64) + "]".repeat(64)).ok).toBe(true);
    expect(errorsOf("[".repeat(65) + "]".repeat(65))[0].message).toBe(
      "invalid JSON at line 1, column 65: arrays and objects are nested more than 64 deep",
    );
    expect(errorsOf("[".repeat(500_000))[0].message).toMatch(/nested more than 64 deep/);
  });

  test("escapes JSON Pointer segments", () => {
    expect(pointer("/a", "b/c~d")).toBe("/a/b~1c~0d");
    expect(errorsOf('{"x/y": {"prototype": 1}}')[0].path).toBe("/x~1y/prototype");
  });

  test("lineAndColumn", () => {
    expect(lineAndColumn("ab\ncd\n", 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("ab", 0)).toEqual({ line: 1, column: 1 });
  });
});
