// Canonical JSON in the style of RFC 8785 (JSON Canonicalization Scheme): the same data always gives the same text,
// whatever key order or whitespace it was written with, so a hash of that text identifies the data.
//
//  - object members sorted by key, comparing UTF-16 code units (JavaScript's default string order);
//  - no whitespace;
//  - numbers as ECMAScript writes them (JSON.stringify: 1.0 → 1, 1e21 → 1e+21, -0 → 0), which is what RFC 8785
//    specifies; NaN and ±Infinity are rejected;
//  - strings as JSON.stringify writes them (the escapes RFC 8785 prescribes). One departure: RFC 8785 rejects
//    unpaired surrogates, here they are written as \udxxx escapes (as JSON.stringify does), so any JavaScript
//    string has a canonical form.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Serialises `value` canonically. Throws a TypeError for anything that is not plain JSON data. */
export function canonicalJson(value: unknown): string {
  return write(value, "");
}

function write(value: unknown, path: string): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) {
        throw new TypeError(`canonicalJson: ${value} at ${path || "(root)"} cannot be written as JSON`);
      }
      return JSON.stringify(value);
    case "object": {
      if (value === null) return "null";
      if (Array.isArray(value)) {
        const items: string[] = [];
        // An index loop, not map: a hole in a sparse array is undefined here and rejected.
        for (let i = 0; i < value.length; i++) items.push(write(value[i], `${path}/${i}`));
        return `[${items.join(",")}]`;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        throw new TypeError(`canonicalJson: the object at ${path || "(root)"} is not a plain object`);
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${write(record[k], `${path}/${k}`)}`).join(",")}}`;
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} at ${path || "(root)"} cannot be written as JSON`);
  }
}
