import fc from "fast-check";
import { canonicalJson } from "../../../src/rubric/canonical/canonical-json";

describe("canonicalJson", () => {
  test("sorts keys and writes no whitespace", () => {
    expect(canonicalJson({ b: 1, a: 2, c: { z: true, y: null } })).toBe('{"a":2,"b":1,"c":{"y":null,"z":true}}');
  });

  test("sorts nested objects inside arrays, keeping array order", () => {
    expect(canonicalJson([{ b: 1, a: [3, 2, { d: 0, c: 1 }] }, "x"])).toBe('[{"a":[3,2,{"c":1,"d":0}],"b":1},"x"]');
  });

  test("orders keys by UTF-16 code units, not code points or locale", () => {
    // U+1F600 is stored as the surrogate pair D83D DE00, which sorts before U+FB33 (as RFC 8785 requires).
    const value = { "\uFB33": 1, "\u{1F600}": 2, a: 3, B: 4, é: 5 };
    expect(canonicalJson(value)).toBe('{"B":4,"a":3,"é":5,"\u{1F600}":2,"\uFB33":1}');
  });

  test("RFC 8785 key-sorting example (section 3.2.3)", () => {
    const value = {
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis",
    };
    expect(canonicalJson(value)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  test("writes unicode text as is and escapes only what JSON requires", () => {
    expect(canonicalJson({ s: 'é€😀 "q" \\ \n\t\u0001\u001f\u007f' })).toBe(
      '{"s":"é€😀 \\"q\\" \\\\ \\n\\t\\u0001\\u001f\u007f"}',
    );
  });

  test("writes numbers as ECMAScript does", () => {
    expect(canonicalJson(1.0)).toBe("1");
    expect(canonicalJson(-0)).toBe("0");
    expect(canonicalJson(1e21)).toBe("1e+21");
    expect(canonicalJson(1e20)).toBe("100000000000000000000");
    expect(canonicalJson(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(canonicalJson(1e-7)).toBe("1e-7");
    expect(canonicalJson(-1.5e-300)).toBe("-1.5e-300");
    expect(canonicalJson(Number.MAX_VALUE)).toBe("1.7976931348623157e+308");
    expect(canonicalJson(Number.MIN_VALUE)).toBe("5e-324");
  });

  test("rejects values JSON cannot hold", () => {
    expect(() => canonicalJson(NaN)).toThrow(TypeError);
    expect(() => canonicalJson({ a: [1, Infinity] })).toThrow(/Infinity at \/a\/1/);
    expect(() => canonicalJson({ a: -Infinity })).toThrow(TypeError);
    expect(() => canonicalJson({ a: undefined })).toThrow(TypeError);
    expect(() => canonicalJson([() => 1])).toThrow(TypeError);
    expect(() => canonicalJson(BigInt(1))).toThrow(TypeError);
    expect(() => canonicalJson(new Date(0))).toThrow(/not a plain object/);
    // eslint-disable-next-line no-sparse-arrays
    expect(() => canonicalJson([1, , 3])).toThrow(TypeError);
  });

  test("accepts objects without a prototype, and __proto__ as a key", () => {
    const o = Object.create(null) as Record<string, unknown>;
    o.b = 1;
    o["__proto__"] = 2;
    expect(canonicalJson(o)).toBe('{"__proto__":2,"b":1}');
  });

  test("property: is valid JSON for the same value, and ignores key order", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
        const shuffled = JSON.parse(JSON.stringify(v), (_k, x: unknown) =>
          x && typeof x === "object" && !Array.isArray(x)
            ? Object.fromEntries(Object.entries(x as Record<string, unknown>).reverse())
            : x,
        );
        expect(canonicalJson(shuffled)).toBe(text);
      }),
    );
  });
});
