// The slice of Excel's CustomFunctions runtime global that src/functions uses (Error and ErrorCode), for running the
// custom functions outside Excel. Import it before calling them.
class CustomFunctionError extends Error {
  constructor(
    public code: string,
    message?: string,
  ) {
    super(message);
  }
}

const globals = globalThis as Record<string, unknown>;
if (globals.CustomFunctions === undefined) {
  globals.CustomFunctions = {
    Error: CustomFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
}

export {};
