// A strict JSON parser for untrusted files. It accepts exactly RFC 8259 JSON and builds the same values JSON.parse
// would, but, unlike JSON.parse:
//  - reports syntax errors the same way in every host (line, column and a plain message; the Office hosts run
//    different JavaScript engines, whose JSON.parse messages differ and do not always give a position);
//  - rejects duplicate keys (JSON.parse silently keeps the last, another reader may keep the first: the same file
//    would mean different things to different programs);
//  - rejects chosen keys (by default __proto__, constructor and prototype) at any depth, naming their path;
//  - rejects numbers too large to represent (JSON.parse turns 1e400 into Infinity);
//  - limits nesting depth, so hostile input cannot exhaust the stack.
// Object members are defined as own data properties, so no key, not even "__proto__", can reach a prototype.

import type { JsonValue } from "../../rubric/canonical/canonical-json";

/** A problem in a JSON document: `path` is a JSON Pointer (RFC 6901) to the value at fault, "" for the whole. */
export interface JsonProblem {
  path: string;
  message: string;
}

export const DANGEROUS_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
export const DEFAULT_MAX_DEPTH = 64;

export interface StrictParseOptions {
  /** Keys rejected wherever they appear. Default: DANGEROUS_KEYS. */
  forbiddenKeys?: ReadonlySet<string>;
  /** The deepest nesting of arrays and objects accepted. Default: DEFAULT_MAX_DEPTH. */
  maxDepth?: number;
}

export type StrictParseResult = { ok: true; value: JsonValue } | { ok: false; errors: JsonProblem[] };

/** Appends a segment to a JSON Pointer, escaping "~" and "/" as RFC 6901 requires. */
export function pointer(parent: string, segment: string | number): string {
  return `${parent}/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

/** 1-based line and column (in UTF-16 code units) of an offset into `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class SyntaxFailure {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

export function parseJsonStrict(text: string, options: StrictParseOptions = {}): StrictParseResult {
  const forbidden = options.forbiddenKeys ?? DANGEROUS_KEYS;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const problems: JsonProblem[] = [];
  let pos = 0;

  const fail = (message: string, at = pos): never => {
    throw new SyntaxFailure(at, message);
  };
  const describeAt = (at: number): string => {
    if (at >= text.length) return "the end of the text";
    const code = text.codePointAt(at)!;
    return code < 0x20 || code === 0x7f
      ? `character U+${code.toString(16).toUpperCase().padStart(4, "0")}`
      : `'${String.fromCodePoint(code)}'`;
  };
  const skipWhitespace = () => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) pos++;
      else return;
    }
  };
  const expectWord = (word: string) => {
    for (let i = 0; i < word.length; i++) {
      if (text[pos + i] !== word[i]) fail(`unexpected ${describeAt(pos + i)}`, pos + i);
    }
    pos += word.length;
  };

  const parseString = (): string => {
    // At the opening quote.
    const start = pos;
    pos++;
    let out = "";
    let chunkStart = pos;
    for (;;) {
      if (pos >= text.length) fail("the text ends inside a string", start);
      const c = text.charCodeAt(pos);
      if (c === 0x22) {
        out += text.slice(chunkStart, pos);
        pos++;
        return out;
      }
      if (c < 0x20) fail(`${describeAt(pos)} must be escaped inside a string`);
      if (c !== 0x5c) {
        pos++;
        continue;
      }
      out += text.slice(chunkStart, pos);
      const e = text[pos + 1];
      if (e === "u") {
        const hex = text.slice(pos + 2, pos + 6);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) fail("\\u must be followed by 4 hex digits");
        out += String.fromCharCode(parseInt(hex, 16));
        pos += 6;
      } else if (e !== undefined && Object.prototype.hasOwnProperty.call(ESCAPES, e)) {
        out += ESCAPES[e];
        pos += 2;
      } else {
        fail(e === undefined ? "the text ends inside a string" : `invalid escape \\${e}`);
      }
      chunkStart = pos;
    }
  };

  const parseNumber = (path: string): number => {
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (!m) fail("invalid number");
    const token = m![0];
    const value = Number(token);
    if (!Number.isFinite(value)) {
      problems.push({
        path,
        message: `the number ${token.length > 40 ? `${token.slice(0, 40)}…` : token} is too large`,
      });
    }
    pos += token.length;
    return value;
  };

  const parseValue = (path: string, depth: number): JsonValue => {
    skipWhitespace();
    const c = text[pos];
    switch (c) {
      case "{":
        return parseObject(path, depth + 1);
      case "[":
        return parseArray(path, depth + 1);
      case '"':
        return parseString();
      case "t":
        expectWord("true");
        return true;
      case "f":
        expectWord("false");
        return false;
      case "n":
        expectWord("null");
        return null;
      default:
        if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return parseNumber(path);
        return fail(pos >= text.length ? "the text ends where a value was expected" : `unexpected ${describeAt(pos)}`);
    }
  };

  // Objects and arrays open, separate their items and close alike; only the closing bracket differs.
  /** At "{" or "[": steps in; true when `close` follows at once (an empty object or array), stepping past it. */
  const openIsEmpty = (close: "}" | "]", depth: number): boolean => {
    if (depth > maxDepth) fail(`arrays and objects are nested more than ${maxDepth} deep`);
    pos++;
    skipWhitespace();
    if (text[pos] !== close) return false;
    pos++;
    return true;
  };
  /** After an item: steps past the comma, or past `close` and then true; anything else is a syntax error. */
  const closesAfter = (close: "}" | "]", item: string): boolean => {
    skipWhitespace();
    const next = text[pos];
    if (next !== "," && next !== close) fail(`expected ',' or '${close}' after ${item}, found ${describeAt(pos)}`);
    pos++;
    return next === close;
  };

  const parseObject = (path: string, depth: number): JsonValue => {
    const obj: { [key: string]: JsonValue } = {};
    const seen = new Set<string>();
    if (openIsEmpty("}", depth)) return obj;
    for (;;) {
      skipWhitespace();
      if (text[pos] !== '"') fail(`expected a property name in double quotes, found ${describeAt(pos)}`);
      const key = parseString();
      const keyPath = pointer(path, key);
      skipWhitespace();
      if (text[pos] !== ":") fail(`expected ':' after the property name, found ${describeAt(pos)}`);
      pos++;
      const value = parseValue(keyPath, depth);
      if (forbidden.has(key)) {
        problems.push({ path: keyPath, message: `the key "${key}" is not allowed` });
      } else if (seen.has(key)) {
        problems.push({ path: keyPath, message: `the key "${key}" appears more than once in the same object` });
      } else {
        seen.add(key);
        Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
      }
      if (closesAfter("}", "a property value")) return obj;
    }
  };

  const parseArray = (path: string, depth: number): JsonValue => {
    const arr: JsonValue[] = [];
    if (openIsEmpty("]", depth)) return arr;
    for (;;) {
      arr.push(parseValue(pointer(path, arr.length), depth));
      if (closesAfter("]", "an array item")) return arr;
    }
  };

  try {
    skipWhitespace();
    if (pos >= text.length) fail("the text is empty");
    const value = parseValue("", 0);
    skipWhitespace();
    if (pos < text.length) fail(`unexpected ${describeAt(pos)} after the end of the JSON value`);
    return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, value };
  } catch (e) {
    if (!(e instanceof SyntaxFailure)) throw e;
    const { line, column } = lineAndColumn(text, e.offset);
    return {
      ok: false,
      errors: [{ path: "", message: `invalid JSON at line ${line}, column ${column}: ${e.message}` }],
    };
  }
}
