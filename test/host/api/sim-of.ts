// Types the simulated API against @types/office-js, so its subset cannot drift from the real signatures: a class
// declared `implements SimOf<Excel.Range, "getCell" | "values">` must take the same parameters as Excel's methods
// and hold properties of Excel's types. Return types are the simulated objects, so only parameters are matched.

export type SimOf<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => any ? (...args: A) => unknown : T[P];
};
