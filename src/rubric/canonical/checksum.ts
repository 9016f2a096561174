// Document checksums: "sha256:" + lowercase hex SHA-256 of the UTF-8 bytes of the canonical JSON of the document
// without its "checksum" member. Because the hash is over canonical JSON, re-indenting a file or reordering its
// keys keeps the checksum valid; changing any value does not.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { canonicalJson } from "./canonical-json";

export const CHECKSUM_PREFIX = "sha256:";

/** Lowercase hex SHA-256 of the UTF-8 encoding of `text`. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * The checksum of a document (a plain JSON object): its "checksum" member, if any, is left out.
 * Throws a TypeError if the document is not plain JSON data (see canonicalJson).
 */
export function documentChecksum(doc: Readonly<Record<string, unknown>>): string {
  // No prototype, so even a "__proto__" key is copied as data rather than setting a prototype.
  const rest = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(doc)) {
    if (key !== "checksum") rest[key] = doc[key];
  }
  return CHECKSUM_PREFIX + sha256Hex(canonicalJson(rest));
}
