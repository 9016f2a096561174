// The CustomFunctions global the RUBRIC functions need (CustomFunctions.Error, ErrorCode, and associate, which the
// metadata plugin's loader appends to src/functions/functions.ts). Outside Excel, office.js provides none of it,
// or not all. Imported first by the preview's entry: the simulated host imports the functions when it loads.
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
  // The preview computes the functions through HyperFormula; there is no Excel to register them with.
  associate: typeof existing.associate === "function" ? existing.associate : () => undefined,
});

export {};
