// The problems parseRubric reports, located by JSON Pointer into the file: schema violations (Ajv's errors, in
// plain language) and the rubric's own rules (validateRubric's problems, located by scope, index and field).
import type { ErrorObject } from "ajv";
import { Problem, describeProblem, problemText } from "../../rubric/problem";
import { JsonProblem, pointer } from "./json-text";

/** The problems without repeats (same path and message), in order. */
export function dedupe(problems: JsonProblem[]): JsonProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "text (a string)",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list (an array)",
  null: "null",
};

/** Plain-language messages for the schema's patterns, by the path of the value (Ajv's schemaPath is relative to a
 * $ref'd definition, so it cannot tell the rubric id from a criterion id). */
function patternMessage(instancePath: string): string | undefined {
  if (instancePath === "/id") return "must start with a letter, then up to 23 letters, digits, - or _";
  if (/^\/criteria\/\d+\/id$/.test(instancePath)) return "must start with a letter, then letters, digits or _";
  if (instancePath === "/checksum") return 'must be "sha256:" followed by 64 lowercase hex digits';
  return undefined;
}

const COMPARISONS: Readonly<Record<string, string>> = { ">=": "≥", "<=": "≤", ">": ">", "<": "<" };

/** The value at a JSON Pointer, or undefined. Only follows own properties. */
function valueAt(root: unknown, path: string): unknown {
  if (path === "") return root;
  let node: unknown = root;
  for (const raw of path.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, key)) {
      return undefined;
    }
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** An Ajv error as a JSON problem with a plain-language message. */
export function schemaProblem(e: ErrorObject, root: unknown): JsonProblem {
  const params = e.params as Record<string, unknown>;
  const path = e.instancePath;
  const shown = (v: unknown) => {
    const s = JSON.stringify(v);
    return s !== undefined && s.length > 60 ? `${s.slice(0, 60)}…` : s;
  };
  switch (e.keyword) {
    case "required":
      return { path: pointer(path, String(params.missingProperty)), message: "is required" };
    case "additionalProperties":
      return {
        path: pointer(path, String(params.additionalProperty)),
        message: `unknown property "${String(params.additionalProperty)}" (not part of the rubric format)`,
      };
    case "type": {
      const names = String(params.type)
        .split(",")
        .map((t) => TYPE_NAMES[t] ?? t);
      return { path, message: `must be ${names.join(" or ")}` };
    }
    case "enum":
      return {
        path,
        message: `is ${shown(valueAt(root, path))}; must be one of ${(params.allowedValues as unknown[]).join(", ")}`,
      };
    case "const":
      return { path, message: `must be ${shown(params.allowedValue)}` };
    case "pattern":
      return { path, message: patternMessage(path) ?? `does not match the pattern ${String(params.pattern)}` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return {
        path,
        message: `is ${shown(valueAt(root, path))}; must be ${COMPARISONS[String(params.comparison)] ?? params.comparison} ${String(params.limit)}`,
      };
    case "minLength":
      return { path, message: params.limit === 1 ? "is empty" : `is shorter than ${String(params.limit)} characters` };
    case "maxLength":
      return { path, message: `is longer than ${String(params.limit)} characters` };
    case "minItems":
      return { path, message: params.limit === 1 ? "is empty" : `has fewer than ${String(params.limit)} items` };
    case "maxItems":
      return { path, message: `has more than ${String(params.limit)} items` };
    default:
      return { path, message: e.message ?? `fails the schema rule ${e.keyword}` };
  }
}

/** "levels[2].points" → "/levels/2/points". */
function fieldPointer(field: string | undefined): string {
  if (!field) return "";
  return field
    .split(/[.[\]]+/)
    .filter((s) => s !== "")
    .reduce((p, s) => pointer(p, s), "");
}

/** A validateRubric problem located by JSON Pointer. */
export function domainProblem(p: Problem): JsonProblem {
  const { scope, index, field } = p.location;
  switch (scope) {
    case "rubric":
      return { path: fieldPointer(field), message: describeProblem(p) };
    case "settings":
      return { path: "/settings" + fieldPointer(field), message: describeProblem(p) };
    case "criterion":
      return { path: `/criteria/${index ?? 0}${fieldPointer(field)}`, message: describeProblem(p) };
    case "band":
      return { path: `/bands/${index ?? 0}${fieldPointer(field)}`, message: describeProblem(p) };
    case "criteria":
    case "bands":
      // Problems of the list as a whole ("there is no criterion of kind score"): the field is not a JSON member.
      return { path: `/${scope}`, message: problemText(p) };
  }
}
