// The RUBRIC.* custom functions as a HyperFormula function plugin: each calls THE SAME exported function the add-in
// registers with Excel (src/functions/functions.ts), with arguments shaped as Excel passes them:
// - a range (or a matrix parameter given one value) as any[][] of raw values, empty cells as null (Excel on the
//   web) or 0 (desktop Excel), per the mode set while HyperFormula calculates;
// - a scalar parameter as its value; an omitted optional parameter as null;
// and a thrown CustomFunctions.Error becoming the cell's error with its message (any other exception: #VALUE!).
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, SimpleRangeValue } from "hyperformula";
import * as rubric from "../../../src/functions/functions";

/** How Excel passes empty cells in range arguments to custom functions. */
export type EmptyCells = "null" | "zero";

let emptyCells: EmptyCells = "null";

/** Runs `calculate` (which makes HyperFormula evaluate) with empty cells passed as `mode`. */
export function withEmptyCells<T>(mode: EmptyCells, calculate: () => T): T {
  const previous = emptyCells;
  emptyCells = mode;
  try {
    return calculate();
  } finally {
    emptyCells = previous;
  }
}

type Shape = "matrix" | "scalar";

interface RubricFunction {
  id: string;
  method: string;
  implementation: (...args: any[]) => unknown;
  parameters: Shape[];
  /** How many trailing parameters are optional. */
  optional: number;
}

// The shapes follow the functions' declarations (any[][] = matrix, any = scalar).
const FUNCTIONS: RubricFunction[] = [
  {
    id: "RUBRIC.SCORE",
    method: "rubricScore",
    implementation: rubric.score,
    parameters: ["matrix", "matrix", "matrix", "matrix", "scalar"],
    optional: 2,
  },
  {
    id: "RUBRIC.TOTAL",
    method: "rubricTotal",
    implementation: rubric.total,
    // scores, ids, criteria, [decimals], [scale], [version]
    parameters: ["matrix", "matrix", "matrix", "scalar", "scalar", "scalar"],
    optional: 3,
  },
  {
    id: "RUBRIC.POINTS",
    method: "rubricPoints",
    implementation: rubric.points,
    parameters: ["scalar", "matrix"],
    optional: 0,
  },
  {
    id: "RUBRIC.BAND",
    method: "rubricBand",
    implementation: rubric.band,
    parameters: ["scalar", "matrix"],
    optional: 0,
  },
  {
    id: "RUBRIC.CHECK",
    method: "rubricCheck",
    implementation: rubric.check,
    parameters: ["matrix", "matrix"],
    optional: 1,
  },
];

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#NULL!": ErrorType.ERROR,
};

const EXCEL_ERROR_CODES: Partial<Record<ErrorType, string>> = {
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.NAME]: "#NAME?",
};

/** One cell value as Excel hands it to a custom function. */
function excelValue(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return emptyCells === "zero" ? 0 : null;
  if (v instanceof CellError) {
    return new CustomFunctions.Error((EXCEL_ERROR_CODES[v.type] ?? "#VALUE!") as CustomFunctions.ErrorCode, v.message);
  }
  // Dates, percentages and the like are numbers with a format (RichNumber): pass the number.
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val;
  return v;
}

function excelArgument(arg: unknown, shape: Shape): unknown {
  if (arg === undefined) return null; // an omitted optional parameter
  if (arg instanceof SimpleRangeValue) {
    const cells = arg.rawData().map((row) => row.map(excelValue));
    return shape === "matrix" ? cells : cells[0][0];
  }
  const value = excelValue(arg);
  return shape === "matrix" ? [[value]] : value;
}

function cellResult(run: () => unknown): unknown {
  try {
    const result = run();
    return result === null || result === undefined ? EmptyValue : result;
  } catch (e) {
    if (e instanceof CustomFunctions.Error) {
      const type = ERROR_TYPES[String((e as any).code)] ?? ErrorType.VALUE;
      return new CellError(type, e.message);
    }
    return new CellError(ErrorType.VALUE, e instanceof Error ? e.message : String(e));
  }
}

export class RubricPlugin extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    FUNCTIONS.map((f) => [
      f.id,
      {
        method: f.method,
        vectorizationForbidden: true,
        parameters: f.parameters.map((_, i) => ({
          argumentType: FunctionArgumentType.ANY,
          optionalArg: i >= f.parameters.length - f.optional,
        })),
      },
    ]),
  );
}

for (const f of FUNCTIONS) {
  (RubricPlugin.prototype as any)[f.method] = function (this: any, ast: any, state: any) {
    return this.runFunction(ast.args, state, this.metadata(f.id), (...args: unknown[]) =>
      cellResult(() => f.implementation(...f.parameters.map((shape, i) => excelArgument(args[i], shape)))),
    );
  };
}

/** Function names as written in formulas (HyperFormula allows dots in function ids). */
export const RUBRIC_TRANSLATIONS = { enGB: Object.fromEntries(FUNCTIONS.map((f) => [f.id, f.id])) };
