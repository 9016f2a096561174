import { isEvaluationKey, newEvaluationKey, newEvaluationKeys } from "../../src/rubric/evaluation-key";
import { classifyValue } from "../../src/rubric/value";

describe("evaluation keys", () => {
  it("are text no reader takes for a number, NA or a formula", () => {
    for (const key of newEvaluationKeys(500)) {
      expect(isEvaluationKey(key)).toBe(true);
      expect(classifyValue(key)).toBe("INVALID");
      expect(key).toMatch(/^ev-[0-9a-z]{10}$/);
    }
  });

  it("never repeat one already taken", () => {
    // The first candidate (ten "0"s) is taken, so the generator draws again.
    let calls = 0;
    const random = () => (calls++ < 10 ? 0 : 0.5);
    expect(newEvaluationKey(new Set(["ev-0000000000"]), random)).toBe("ev-iiiiiiiiii");
    expect(calls).toBe(20);
    const many = newEvaluationKeys(2000, new Set(["ev-0000000000"]));
    expect(new Set(many).size).toBe(2000);
    expect(many).not.toContain("ev-0000000000");
  });

  it("tells a key from other text", () => {
    expect(isEvaluationKey("ev-abc123")).toBe(true);
    expect(isEvaluationKey("EV-ABC123")).toBe(false);
    expect(isEvaluationKey("=ev-1")).toBe(false);
    expect(isEvaluationKey(42)).toBe(false);
  });
});
