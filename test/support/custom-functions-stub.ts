// The slice of the CustomFunctions runtime global that the RUBRIC functions use, as Excel provides it.
class CustomFunctionError extends Error {
  constructor(
    public code: string,
    message?: string,
  ) {
    super(message);
  }
}

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
  },
};
