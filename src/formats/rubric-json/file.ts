// The canonical rubric file: versioned JSON described by schema/rubric.schema.json and docs/rubric-json.md.
//
// Writing is deterministic (same rubric → same bytes: fixed key order, no timestamp) and adds a checksum over the
// canonical form of the content. Reading treats the text as untrusted and is all-or-nothing: size limit, strict
// JSON (no duplicate or dangerous keys), format and version, the schema (by a validator generated ahead of time, so
// no eval at run time), the rubric's own rules (validateRubric), then the checksum. Any error: no rubric.
import { Rubric } from "../../rubric/model";
import { validateRubric } from "../../rubric/validate";
import { documentChecksum } from "../../rubric/canonical/checksum";
import { RUBRIC_FORMAT, RUBRIC_FORMAT_VERSION, rubricDocument } from "../../rubric/canonical/document";
import validateSchema from "./generated/rubric-validator";
import { JsonProblem, parseJsonStrict } from "./json-text";
import { RubricDocument, toRubric } from "./document";
import { dedupe, domainProblem, schemaProblem } from "./problems";

export type { JsonProblem } from "./json-text";
export type { RubricDocument } from "./document";

export { RUBRIC_FORMAT, RUBRIC_FORMAT_VERSION, RUBRIC_SCHEMA_ID } from "../../rubric/canonical/document";
/** The largest file parseRubric reads: 1 MiB of UTF-8. */
export const MAX_RUBRIC_FILE_BYTES = 1_048_576;

export type ParseResult = { ok: true; rubric: Rubric; warnings: string[] } | { ok: false; errors: JsonProblem[] };

export const NO_CHECKSUM_WARNING = "no checksum: the file cannot be checked for changes made after export";
export const CHECKSUM_MISMATCH = "checksum does not match the content: the file was changed after export";

// ---------------------------------------------------------------------------------------------------------------
// Writing

/**
 * The rubric as a canonical file: pretty-printed JSON (2 spaces), keys in schema order, every field written
 * (kind and allowNA included), optional fields only when present, and a checksum. Does not validate the rubric
 * (validateRubric does); throws a TypeError if a field is undefined or a number JSON cannot represent (NaN, ±Infinity).
 */
export function serializeRubric(r: Rubric): string {
  const doc = rubricDocument(r);
  doc.checksum = documentChecksum(doc);
  return JSON.stringify(doc, null, 2) + "\n";
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
