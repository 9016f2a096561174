/** @jest-environment jsdom */
import { rememberReviewer, rememberedReviewer } from "../../../src/taskpane/score/reviewer-memory";
import { suggestionsOf } from "../../../src/taskpane/score/suggestions";

describe("the reviewer remembered on this device", () => {
  afterEach(() => localStorage.clear());

  it("is kept per rubric, trimmed; a blank name is not remembered", () => {
    rememberReviewer("proactive-visit", "  Li Na ");
    rememberReviewer("other", "Chen Jing");
    rememberReviewer("other", "   ");
    expect(rememberedReviewer("proactive-visit")).toBe("Li Na");
    expect(rememberedReviewer("other")).toBe("Chen Jing");
    expect(rememberedReviewer("unknown")).toBe("");
  });

  it("is nothing, without an error, where storage is refused", () => {
    const spy = jest.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    const set = jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    expect(() => rememberReviewer("proactive-visit", "Li Na")).not.toThrow();
    expect(rememberedReviewer("proactive-visit")).toBe("");
    spy.mockRestore();
    set.mockRestore();
  });
});

describe("suggestionsOf", () => {
  it("offers each Person and Team in the sheet once, sorted, without blanks", () => {
    const rows = [
      { person: "Wang Fang", team: "South" },
      { person: " Zhang Wei", team: "North" },
      { person: "Zhang Wei", team: "" },
      { person: "", team: undefined },
    ];
    expect(suggestionsOf(rows)).toEqual({ person: ["Wang Fang", "Zhang Wei"], team: ["North", "South"] });
  });
});
