// The checksum code (SHA-256 and canonical JSON) is loaded when a version is first published, not with the pane's
// first screen.
import type { Rubric } from "../model";

export type ChecksumOf = (rubric: Rubric) => string;

export async function loadChecksum(): Promise<ChecksumOf> {
  return (await import(/* webpackChunkName: "checksum" */ "./document")).rubricChecksum;
}
