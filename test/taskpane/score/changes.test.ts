import type { EvaluationView } from "../../../src/app/evaluation-view";
import { changesOf } from "../../../src/taskpane/score/changes";

const view = (values: EvaluationView["values"], comment = ""): EvaluationView => ({
  ref: { rubricId: "r", key: "ev-1", rowIndex: 0 },
  values,
  comment,
  person: "",
  date: "",
  process: "",
  team: "",
  reviewer: "",
  formulas: [],
  sheetRow: 4,
  version: 1,
});

describe("changesOf", () => {
  it("gives only what the reviewer changed, as the sheet will hold it", () => {
    const shown = view({ PREP: 7, MAIL1: null, PROC: "NA" }, "ok");
    const edited = view({ PREP: "7", MAIL1: 4, PROC: "n/a" }, "ok");
    // "7" is the 7 already there and "n/a" the NA already there: only MAIL1 changed.
    expect(changesOf(shown, edited)).toEqual({ values: { MAIL1: 4 } });
    expect(changesOf(shown, view({ PREP: "", MAIL1: null, PROC: "NA" }, "better"))).toEqual({
      values: { PREP: "" },
      comment: "better",
    });
  });

  it("keeps text the engine does not read as it was typed, so the sheet shows what was typed", () => {
    expect(changesOf(view({ PREP: 7 }), view({ PREP: "0x7" }))).toEqual({ values: { PREP: "0x7" } });
  });

  it("gives only the identity fields the reviewer changed, text as typed", () => {
    const shown = { ...view({ PREP: 7 }), date: "2024-05-02", person: "Zhang Wei", reviewer: "Li Na" };
    expect(changesOf(shown, { ...shown, process: "007" })).toEqual({ values: {}, process: "007" });
    expect(changesOf(shown, { ...shown, date: "2024-05-03", team: "Team 2" })).toEqual({
      values: {},
      date: "2024-05-03",
      team: "Team 2",
    });
    expect(changesOf(shown, { ...shown })).toEqual({ values: {} });
  });

  it("gives everything when nothing was shown", () => {
    expect(changesOf(null, view({ PREP: 7 }, "c"))).toEqual({
      values: { PREP: 7 },
      comment: "c",
      ...{ date: "", process: "", person: "", team: "", reviewer: "" },
    });
  });
});
