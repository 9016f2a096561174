// Excel errors with a message. Only #VALUE! and #N/A carry one; Excel shows at most 255 characters of it.

const MAX_MESSAGE = 255;

function excelError(code: CustomFunctions.ErrorCode, message: string): CustomFunctions.Error {
  const text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
  return new CustomFunctions.Error(code, text);
}

/** #VALUE!: bad input. */
export const valueError = (message: string) => excelError(CustomFunctions.ErrorCode.invalidValue, message);

/** #N/A: not computable yet (incomplete, undefined). */
export const notAvailable = (message: string) => excelError(CustomFunctions.ErrorCode.notAvailable, message);
