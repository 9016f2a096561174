// Excel's FILTER for the simulated host, replacing HyperFormula's.
//
// Microsoft's documentation (FILTER function):
// https://support.microsoft.com/en-us/office/filter-function-f4f7cb66-82eb-4767-8f7c-4877ad80c759
//   FILTER(array, include, [if_empty]): `include` is "a Boolean array whose height or width is the same as the
//   array". A column as tall as the array keeps the rows where it is TRUE, a row as wide as the array keeps the
//   columns; a two-dimensional array is filtered whole rows (or columns) at a time. When nothing is kept FILTER
//   returns `if_empty`, or #CALC! without it (Excel has no empty arrays). An include value that is an error, or that
//   cannot be read as a Boolean, makes FILTER an error.
//
// HyperFormula's own FILTER (its ArrayPlugin) filters one-dimensional arrays only, wants every include array as
// wide AND as tall as the array, and says #N/A when nothing is kept: the rubric version formulas, which take one
// version's rows of a snapshot table (`FILTER(VC[[#Headers],[#Data],[ID]:[Section]], ISTEXT(...)+(...=ver))`),
// would be #N/A. HyperFormula has no #CALC! either: an empty result is its generic error with EMPTY_FILTER_MESSAGE,
// which calculation.ts shows as #CALC! (see excelErrorCode).
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";

/** The message of FILTER's #CALC! (nothing kept and no if_empty). */
export const EMPTY_FILTER_MESSAGE = "FILTER kept nothing and has no if_empty: Excel has no empty arrays (#CALC!)";

/** The code Excel shows for an error HyperFormula computed: #CALC! for FILTER's empty result, else `code`. */
export function excelErrorCode(type: ErrorType, message: string, code: string): string {
  return type === ErrorType.ERROR && message === EMPTY_FILTER_MESSAGE ? "#CALC!" : code;
}

type Include = boolean | CellError;

/** One include value as a Boolean: a number is TRUE unless 0, empty is FALSE, an error stays an error; text is
 * taken as a value that "cannot be converted to a Boolean" (the documentation's words): #VALUE!. */
function included(value: unknown): Include {
  if (value instanceof CellError || typeof value === "boolean") return value;
  if (value === EmptyValue) return false;
  if (typeof value === "number") return value !== 0;
  // Dates, percentages and currencies are numbers with a format (HyperFormula's RichNumber).
  if (typeof value === "object" && value !== null && typeof (value as { val?: unknown }).val === "number")
    return (value as { val: number }).val !== 0;
  return new CellError(ErrorType.VALUE, `FILTER: include value ${JSON.stringify(value)} is not TRUE or FALSE`);
}

/** Which rows (or columns) to keep, or the first error among the include values. */
function keep(values: readonly unknown[]): boolean[] | CellError {
  const kept: boolean[] = [];
  for (const value of values) {
    const include = included(value);
    if (include instanceof CellError) return include;
    kept.push(include);
  }
  return kept;
}

function filterArray(array: SimpleRangeValue, include: SimpleRangeValue, ifEmpty: unknown) {
  const data = array.data;
  const rows = array.height();
  const columns = array.width();
  let result: unknown[][];
  if (include.width() === 1 && include.height() === rows) {
    const kept = keep(include.data.map((row) => row[0]));
    if (kept instanceof CellError) return kept;
    result = data.filter((_, r) => kept[r]);
  } else if (include.height() === 1 && include.width() === columns) {
    const kept = keep(include.data[0]);
    if (kept instanceof CellError) return kept;
    result = kept.some(Boolean) ? data.map((row) => row.filter((_, c) => kept[c])) : [];
  } else {
    return new CellError(
      ErrorType.VALUE,
      `FILTER: include is ${include.height()}×${include.width()}; the array is ${rows}×${columns}: include must be ` +
        "one column as tall as the array or one row as wide as it",
    );
  }
  if (result.length > 0) return SimpleRangeValue.onlyValues(result as never);
  if (ifEmpty !== undefined) return ifEmpty;
  return new CellError(ErrorType.ERROR, EMPTY_FILTER_MESSAGE);
}

export class ExcelFilterPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    FILTER: {
      method: "filter",
      sizeOfResultArrayMethod: "filterArraySize",
      enableArrayArithmeticForArguments: true,
      vectorizationForbidden: true,
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.ANY, optionalArg: true },
      ],
    },
  };

  filter(ast: any, state: any) {
    return this.runFunction(ast.args, state, this.metadata("FILTER"), filterArray as never);
  }

  /** The size HyperFormula reserves for a spilled FILTER before computing it: an upper bound, as its own FILTER's:
   * the array itself (nothing kept or all kept), or if_empty's size when that is larger. */
  filterArraySize(ast: any, state: any): ArraySize {
    if (ast.args.length < 2 || ast.args.length > 3) return ArraySize.error();
    const arrays = { ...state, arraysFlag: true };
    const [array, , ifEmpty] = ast.args.map((arg: any) => this.arraySizeForAst(arg, arrays)) as ArraySize[];
    return new ArraySize(Math.max(array.width, ifEmpty?.width ?? 1), Math.max(array.height, ifEmpty?.height ?? 1));
  }
}

/** Replaces HyperFormula's FILTER with Excel's, for every engine built afterwards (idempotent). */
export function registerExcelFilter(): void {
  if (HyperFormula.getFunctionPlugin("FILTER") === ExcelFilterPlugin) return;
  HyperFormula.unregisterFunction("FILTER");
  HyperFormula.registerFunctionPlugin(ExcelFilterPlugin);
}
