// The slice of Excel's CustomFunctions runtime global that the RUBRIC functions use: Error and ErrorCode, and
// associate, which the metadata plugin's loader appends to src/functions/functions.ts in a webpack build. Outside
// Excel, office.js provides none of it, or not all, so this fills in only what is missing.
// The one stub for every place that runs the functions outside Excel: jest (a setup file in jest.config.js), the
// browser preview (test/preview/index.tsx, before the simulated host imports the functions) and bench/run.ts.
class CustomFunctionError extends Error {
  constructor(
    public code: string,
    message?: string,
  ) {
    super(message);
  }
}

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
};

const target = globalThis as { CustomFunctions?: Record<string, unknown> };
const existing = target.CustomFunctions ?? {};
target.CustomFunctions = Object.assign(existing, {
  Error: existing.Error ?? CustomFunctionError,
  ErrorCode: existing.ErrorCode ?? ERROR_CODES,
  // The functions are called directly (jest, bench) or computed through HyperFormula (preview): nothing to register.
  associate: typeof existing.associate === "function" ? existing.associate : () => undefined,
});

export {};
