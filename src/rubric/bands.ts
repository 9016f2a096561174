// Bands map a rounded total to promotion points. Band i covers [from_i, from_i+1); a null first `from` is -infinity.
import { EngineMessage, engineMessage } from "./messages";
import { Band } from "./model";

/** The index of the band holding `total`, or -1 when the total lies below the lowest band. Bands must be valid
 * (ascending `from`). */
export function findBand(bands: readonly Band[], total: number): number {
  for (let i = bands.length - 1; i >= 0; i--) {
    const from = bands[i].from;
    if (from === null || total >= from) return i;
  }
  return -1;
}

/** The band's label, or its range as text ("60–75", "< 60", "≥ 110") when it has none. */
export function bandLabel(bands: readonly Band[], index: number): string {
  const band = bands[index];
  if (band.label !== undefined && band.label.trim() !== "") return band.label;
  const next = bands[index + 1];
  if (band.from === null) return next ? `< ${next.from}` : "all";
  return next ? `${band.from}–${next.from}` : `≥ ${band.from}`;
}

/** The message for a total that no band holds. */
export function belowBandsMessage(bands: readonly Band[], total: number): EngineMessage {
  return bands.length === 0
    ? engineMessage("no-bands")
    : engineMessage("below-bands", { total, from: String(bands[0].from) });
}
