// The canonical rubric file: versioned JSON described by schema/rubric.schema.json and docs/rubric-json.md.
//
// Writing is deterministic (same rubric → same bytes: fixed key order, no timestamp) and adds a checksum over the
// canonical form of the content. Reading treats the text as untrusted and is all-or-nothing: size limit, strict
// JSON (no duplicate or dangerous keys), format and version, the schema (by a validator generated ahead of time, so
// no eval at run time), the rubric's own rules (validateRubric), then the checksum. Any error: no rubric.
import type { ErrorObject } from "ajv";
import { Band, Criterion, CriterionKind, Level, Rubric, RubricStatus } from "../rubric/model";
import { Problem, describeProblem } from "../rubric/problem";
import { validateRubric } from "../rubric/validate";
import { documentChecksum } from "./checksum";
import validateSchema from "./generated/rubric-validator";
import { JsonProblem, parseJsonStrict, pointer } from "./json-text";

export type { JsonProblem } from "./json-text";

export const RUBRIC_FORMAT = "rubric-workbench/rubric";
export const RUBRIC_FORMAT_VERSION = 1;
/** The $id of schema/rubric.schema.json, written as the file's "$schema". */
export const RUBRIC_SCHEMA_ID = "urn:rubric-workbench:rubric:1";
/** The largest file parseRubric reads: 1 MiB of UTF-8. */
export const MAX_RUBRIC_FILE_BYTES = 1_048_576;

export type ParseResult = { ok: true; rubric: Rubric; warnings: string[] } | { ok: false; errors: JsonProblem[] };

export const NO_CHECKSUM_WARNING = "no checksum: the file cannot be checked for changes made after export";
export const CHECKSUM_MISMATCH = "checksum does not match the content: the file was changed after export";

/** A rubric file as the schema describes it (after schema validation). kind and allowNA may be absent on input. */
export interface RubricDocument {
  $schema?: string;
  format: string;
  formatVersion: number;
  id: string;
  title: string;
  description?: string;
  version: number;
  status: RubricStatus;
  settings: { scale: number; decimals: number };
  criteria: Array<{
    id: string;
    label: string;
    description?: string;
    kind?: CriterionKind;
    weight: number;
    max: number;
    allowNA?: boolean;
    levels?: Array<{ label: string; points: number; description?: string }>;
    section?: string;
  }>;
  bands: Array<{ from: number | null; points: number; label?: string }>;
  checksum?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

/**
 * The rubric as a canonical file: pretty-printed JSON (2 spaces), keys in schema order, every field written
 * (kind and allowNA included), optional fields only when present, and a checksum. Does not validate the rubric
 * (validateRubric does); throws a TypeError if a field is undefined or a number JSON cannot represent (NaN, ±Infinity).
 */
export function serializeRubric(r: Rubric): string {
  const doc: Record<string, unknown> = {
    $schema: RUBRIC_SCHEMA_ID,
    format: RUBRIC_FORMAT,
    formatVersion: RUBRIC_FORMAT_VERSION,
    id: r.id,
    title: r.title,
    ...optional("description", r.description),
    version: r.version,
    status: r.status,
    settings: { scale: r.settings.scale, decimals: r.settings.decimals },
    criteria: r.criteria.map((c) => ({
      id: c.id,
      label: c.label,
      ...optional("description", c.description),
      kind: c.kind,
      weight: c.weight,
      max: c.max,
      allowNA: c.allowNA,
      ...optional(
        "levels",
        c.levels?.map((l) => ({ label: l.label, points: l.points, ...optional("description", l.description) })),
      ),
      ...optional("section", c.section),
    })),
    bands: r.bands.map((b) => ({ from: b.from, points: b.points, ...optional("label", b.label) })),
  };
  doc.checksum = documentChecksum(doc);
  return JSON.stringify(doc, null, 2) + "\n";
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

/** Reads a rubric file. Never throws; on any error returns every problem found at the stage that failed. */
export function parseRubric(text: string): ParseResult {
  const fail = (errors: JsonProblem[]): ParseResult => ({ ok: false, errors });

  if (typeof text !== "string") return fail([{ path: "", message: "the file content is not text" }]);
  if (exceedsUtf8Bytes(text, MAX_RUBRIC_FILE_BYTES)) {
    return fail([
      { path: "", message: "the file is larger than 1 MB (1,048,576 bytes), the most a rubric file may be" },
    ]);
  }
  // A byte order mark is not JSON, but editors on Windows add one; it carries no content.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  const parsed = parseJsonStrict(body);
  if (!parsed.ok) return fail(parsed.errors);
  const raw = parsed.value;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return fail([{ path: "", message: "a rubric file must hold a JSON object ({ ... })" }]);
  }

  const has = (key: string) => Object.prototype.hasOwnProperty.call(raw, key);
  if (!has("format")) {
    return fail([{ path: "/format", message: `is missing: this is not a Rubric Workbench rubric file` }]);
  }
  if (raw.format !== RUBRIC_FORMAT) {
    return fail([
      {
        path: "/format",
        message: `format ${JSON.stringify(raw.format)} is not supported (expected "${RUBRIC_FORMAT}")`,
      },
    ]);
  }
  if (!has("formatVersion")) return fail([{ path: "/formatVersion", message: "is missing" }]);
  const formatVersion = raw.formatVersion;
  if (formatVersion !== RUBRIC_FORMAT_VERSION) {
    return fail([
      {
        path: "/formatVersion",
        message:
          typeof formatVersion === "number"
            ? `formatVersion ${formatVersion} is not supported (this add-in reads version ${RUBRIC_FORMAT_VERSION})`
            : `formatVersion must be a number (this add-in reads version ${RUBRIC_FORMAT_VERSION})`,
      },
    ]);
  }

  if (!validateSchema(raw)) {
    return fail(dedupe((validateSchema.errors ?? []).map((e) => schemaProblem(e, raw))));
  }
  const doc = raw as unknown as RubricDocument;
  const rubric = toRubric(doc);

  const errors: JsonProblem[] = validateRubric(rubric).map(domainProblem);
  const warnings: string[] = [];
  if (doc.checksum === undefined) {
    warnings.push(NO_CHECKSUM_WARNING);
  } else if (documentChecksum(raw) !== doc.checksum) {
    errors.push({ path: "/checksum", message: CHECKSUM_MISMATCH });
  }
  return errors.length > 0 ? fail(errors) : { ok: true, rubric, warnings };
}

/** True when the UTF-8 encoding of `text` is longer than `limit` bytes (without encoding it). */
function exceedsUtf8Bytes(text: string, limit: number): boolean {
  if (text.length > limit) return true; // every UTF-16 unit takes at least one byte
  if (text.length * 3 <= limit) return false; // and at most three
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3; // includes an unpaired surrogate, which encoders replace with U+FFFD
    if (bytes > limit) return true;
  }
  return false;
}

/** A fresh plain Rubric with exactly the domain fields; defaults: kind "score", allowNA false. */
function toRubric(doc: RubricDocument): Rubric {
  const criteria: Criterion[] = doc.criteria.map((c) => {
    const criterion: Criterion = {
      id: c.id,
      label: c.label,
      kind: c.kind ?? "score",
      weight: c.weight,
      max: c.max,
      allowNA: c.allowNA ?? false,
    };
    if (c.description !== undefined) criterion.description = c.description;
    if (c.levels !== undefined) {
      criterion.levels = c.levels.map((l) => {
        const level: Level = { label: l.label, points: l.points };
        if (l.description !== undefined) level.description = l.description;
        return level;
      });
    }
    if (c.section !== undefined) criterion.section = c.section;
    return criterion;
  });
  const bands: Band[] = doc.bands.map((b) => {
    const band: Band = { from: b.from, points: b.points };
    if (b.label !== undefined) band.label = b.label;
    return band;
  });
  const rubric: Rubric = {
    id: doc.id,
    title: doc.title,
    version: doc.version,
    status: doc.status,
    settings: { scale: doc.settings.scale, decimals: doc.settings.decimals },
    criteria,
    bands,
  };
  if (doc.description !== undefined) rubric.description = doc.description;
  return rubric;
}

// ---------------------------------------------------------------------------------------------------------------
// Problems

function dedupe(problems: JsonProblem[]): JsonProblem[] {
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
function schemaProblem(e: ErrorObject, root: unknown): JsonProblem {
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
function domainProblem(p: Problem): JsonProblem {
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
      return { path: `/${scope}`, message: p.message };
  }
}
