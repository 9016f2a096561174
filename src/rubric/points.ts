// From a total (as a cell holds it) to its band, for RUBRIC.POINTS and RUBRIC.BAND and the pane.
import { findBand, belowBandsMessage } from "./bands";
import { EngineMessage, engineMessage } from "./messages";
import { Band } from "./model";
import { cellNumber } from "./value";

export type BandLookup =
  | { status: "band"; index: number }
  | { status: "blank" }
  | { status: "error"; code: "not-a-number" | "below-bands"; reason: EngineMessage };

/** A blank total ("" or null) stays blank; numeric text counts as the number. Bands must be valid. */
export function lookupBand(total: unknown, bands: readonly Band[]): BandLookup {
  if (total === "" || total === null || total === undefined) return { status: "blank" };
  const value = cellNumber(total);
  if (value === undefined)
    return {
      status: "error",
      code: "not-a-number",
      reason: engineMessage("total-not-a-number", { value: JSON.stringify(total) }),
    };
  const index = findBand(bands, value);
  if (index < 0) return { status: "error", code: "below-bands", reason: belowBandsMessage(bands, value) };
  return { status: "band", index };
}
