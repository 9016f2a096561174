// Which Excel error a failed outcome shows as, for RUBRIC.* and for the pane that mirrors them: #N/A where the
// result is not computable yet (incomplete, undefined, below the bands), #VALUE! where an input is bad. Excel lets
// custom functions give a message with these two only.
import type { BandLookup } from "./points";
import { ScoreErrorCode, isUndefinedResult } from "./score";

export type CellError = "#N/A" | "#VALUE!";

/** A scoring error as a cell shows it. */
export const scoreCellError = (code: ScoreErrorCode): CellError => (isUndefinedResult(code) ? "#N/A" : "#VALUE!");

type BandErrorCode = Extract<BandLookup, { status: "error" }>["code"];

/** A band lookup error as a cell shows it. */
export const bandCellError = (code: BandErrorCode): CellError => (code === "below-bands" ? "#N/A" : "#VALUE!");

/** Invalid bands (RUBRIC.POINTS and RUBRIC.BAND check them first). */
export const INVALID_BANDS_ERROR: CellError = "#VALUE!";
