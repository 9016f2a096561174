// Data validation in the grid: the rules the workbook layer writes for score cells, and the basic rule kinds.
import { exampleRubric } from "../../src/rubric/example";
import { Criterion } from "../../src/rubric/model";
import { scoreValidationMessage, scoreValidationRule } from "../../src/workbook/validation";
import { DEFAULT_REFUSAL, refusal } from "./grid/validation";

const record = (criterion: Criterion) => ({
  rule: scoreValidationRule(criterion, "F4"),
  errorAlert: scoreValidationMessage(criterion),
});
const base: Criterion = { id: "Q1", label: "Q1", kind: "score", weight: 10, max: 10, allowNA: false };

describe("refusal", () => {
  test("a criterion with levels accepts its level points only (a list)", () => {
    const prep = exampleRubric().criteria.find((c) => c.id === "PREP")!;
    const rule = record(prep);
    expect(refusal("7", rule)).toBeNull();
    expect(refusal("7.0", rule)).toBeNull();
    expect(refusal("99", rule)).toBe("PREP: 0, 4, 7, 10");
    expect(refusal("NA", rule)).toBe("PREP: 0, 4, 7, 10");
  });

  test("a list with NA accepts NA in any case", () => {
    const proc = exampleRubric().criteria.find((c) => c.allowNA && (c.levels?.length ?? 0) > 0)!;
    expect(refusal("na", record(proc))).toBeNull();
    expect(refusal("n/a!", record(proc))).not.toBeNull();
  });

  test("without levels: a decimal from 0 to max", () => {
    const rule = record(base);
    expect(refusal("0", rule)).toBeNull();
    expect(refusal("9.5", rule)).toBeNull();
    expect(refusal("10.01", rule)).toBe("Q1: a number from 0 to 10");
    expect(refusal("-1", rule)).not.toBeNull();
    expect(refusal("seven", rule)).not.toBeNull();
  });

  test("without levels, NA allowed: the custom formula's number range or NA / N/A", () => {
    const rule = record({ ...base, allowNA: true });
    expect(rule.rule.custom).toBeDefined();
    expect(refusal("4", rule)).toBeNull();
    expect(refusal(" n/a ", rule)).toBeNull();
    expect(refusal("NA", rule)).toBeNull();
    expect(refusal("11", rule)).toBe("Q1: a number from 0 to 10, or NA");
    expect(refusal("maybe", rule)).not.toBeNull();
  });

  test("blanks and formulas pass; no rule, no refusal", () => {
    expect(refusal("", record(base))).toBeNull();
    expect(refusal("=B2*2", record(base))).toBeNull();
    expect(refusal("anything", undefined)).toBeNull();
  });

  test("whole numbers, operators, and Excel's default message", () => {
    const whole = { rule: { wholeNumber: { formula1: "=1", formula2: 5, operator: "Between" } } };
    expect(refusal("3", whole)).toBeNull();
    expect(refusal("3.5", whole)).toBe(DEFAULT_REFUSAL);
    expect(refusal("6", whole)).toBe(DEFAULT_REFUSAL);
    const greater = { rule: { decimal: { formula1: 2, operator: "GreaterThan" } } };
    expect(refusal("2", greater)).not.toBeNull();
    expect(refusal("2.1", greater)).toBeNull();
    const notBetween = { rule: { decimal: { formula1: 2, formula2: 4, operator: "NotBetween" } } };
    expect(refusal("3", notBetween)).not.toBeNull();
    expect(refusal("5", notBetween)).toBeNull();
  });

  test("only a Stop alert refuses; rules this check cannot evaluate let the entry in", () => {
    const rule = scoreValidationRule(base, "F4");
    expect(refusal("99", { rule, errorAlert: { showAlert: true, style: "Warning", message: "sure?" } })).toBeNull();
    expect(refusal("99", { rule, errorAlert: { showAlert: false } })).toBeNull();
    expect(refusal("x", { rule: { list: { source: "=$A$1:$A$4" } } })).toBeNull();
    expect(refusal("x", { rule: { custom: { formula: "=LEN(F4)<3" } } })).toBeNull();
  });
});
