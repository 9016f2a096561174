// Excel errors with a message. Only #VALUE! and #N/A carry one; Excel shows at most 255 characters of it.

import { CellError } from "../rubric/cell-error";
import { Language } from "../rubric/language";
import { EngineMessage } from "../rubric/messages";
import { engineText } from "../rubric/vocabulary/messages";

const MAX_MESSAGE = 255;

function excelError(code: CustomFunctions.ErrorCode, message: string): CustomFunctions.Error {
  const text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
  return new CustomFunctions.Error(code, text);
}

/** #VALUE!: bad input. */
export const valueError = (message: string) => excelError(CustomFunctions.ErrorCode.invalidValue, message);

/** #N/A: not computable yet (incomplete, undefined). */
export const notAvailable = (message: string) => excelError(CustomFunctions.ErrorCode.notAvailable, message);

/** The error a cell shows (src/rubric/cell-error.ts), with its message in the workbook's language. */
export const cellErrorOf = (error: CellError, reason: EngineMessage, language: Language) => {
  const message = engineText(reason, language);
  return error === "#N/A" ? notAvailable(message) : valueError(message);
};

/** #VALUE! for a bad argument, worded in the workbook's language. */
export const argumentError = (reason: EngineMessage, language: Language) => cellErrorOf("#VALUE!", reason, language);
