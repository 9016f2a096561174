// The criteria table's Weight and Max cells take numbers only, and its Kind and Allow NA cells only their list's
// words: data-validation rules with a stop alert in the table's language, over the whole column, kept when the pane
// rewrites the criteria.
import { createRubric } from "../../src/app/create-rubric";
import { editCriteria } from "../../src/app/edit-criteria";
import { refusal } from "../preview/grid/validation";
import { headers } from "../support/host-helpers";
import { RUBRIC_SHEET, hostSession, valueOf } from "../support/session";

jest.setTimeout(60_000);

const CRITERIA = "Criteria_proactive_visit";

describe.each([
  ["en", "Weight", "Max", "Weight: a number of 0 or more.", "Max: a number greater than 0."],
  ["zh", "权重", "满分", "权重：应为大于或等于 0 的数字。", "满分：应为大于 0 的数字。"],
] as const)("criteria validation (%s)", (language, weight, max, weightMessage, maxMessage) => {
  it("refuses a Weight below 0 and a Max of 0 or less, in every row, also after an edit adds one", async () => {
    const { session, host } = hostSession({ samples: false, language });
    valueOf(await createRubric(session, "example"));
    valueOf(
      await editCriteria(session, {
        type: "add-criterion",
        criterion: { id: "EXTRA", label: "Extra", kind: "score", weight: 5, max: 10, allowNA: false },
      }),
    );
    const table = host.model.table(CRITERIA);
    const sheet = host.model.sheet(table.sheet.name)!;
    const column = (header: string) => table.box.column + headers(host, CRITERIA).indexOf(header);
    for (let r = 1; r < table.box.rows; r++) {
      const row = table.box.row + r;
      expect(sheet.validationAt(row, column(weight))?.rule).toEqual({
        decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
      });
      expect(sheet.validationAt(row, column(weight))?.errorAlert).toMatchObject({
        style: "Stop",
        message: weightMessage,
      });
      expect(sheet.validationAt(row, column(max))?.rule).toEqual({ decimal: { formula1: 0, operator: "GreaterThan" } });
      expect(sheet.validationAt(row, column(max))?.errorAlert).toMatchObject({ message: maxMessage });
    }
    expect(table.sheet.name).toBe(language === "en" ? RUBRIC_SHEET : "proactive-visit 评分标准");
  });
});

describe("score-cell validation follows the criteria", () => {
  it("is written again when a pane edit changes a criterion's levels", async () => {
    const { session, host } = hostSession({ samples: false });
    valueOf(await createRubric(session, "example"));
    const evaluations = host.model.table("Evaluations_proactive_visit");
    const sheet = host.model.sheet(evaluations.sheet.name)!;
    const prep = evaluations.box.column + headers(host, "Evaluations_proactive_visit").indexOf("PREP");
    const row = evaluations.box.row + 1;
    expect(sheet.validationAt(row, prep)?.rule).toEqual({ list: { inCellDropDown: true, source: "0,4,7,10" } });
    const levels = [
      { label: "Not done", points: 0 },
      { label: "Partly", points: 5 },
      { label: "Done", points: 10 },
    ];
    valueOf(await editCriteria(session, { type: "update-criterion", index: 0, patch: { levels } }));
    expect(sheet.validationAt(row, prep)?.rule).toEqual({ list: { inCellDropDown: true, source: "0,5,10" } });
  });
});

describe.each([
  [
    "en",
    "Kind",
    "Allow NA",
    "score,bonus,penalty,gate",
    "yes,no",
    "Kind: one of score, bonus, penalty, gate.",
    "Allow NA: yes, no.",
  ],
  [
    "zh",
    "类型",
    "允许不适用",
    "得分,加分,扣分,否决",
    "是,否",
    "类型：应为得分、加分、扣分、否决之一。",
    "允许不适用：应为是、否。",
  ],
] as const)(
  "Kind and Allow NA validation (%s)",
  (language, kind, allowNA, kinds, yesNo, kindMessage, allowNAMessage) => {
    it("take only their list's words in the table's language, in every row, with a stop alert saying which", async () => {
      const { session, host } = hostSession({ samples: false, language });
      valueOf(await createRubric(session, "example"));
      valueOf(
        await editCriteria(session, {
          type: "add-criterion",
          criterion: { id: "EXTRA", label: "Extra", kind: "score", weight: 5, max: 10, allowNA: false },
        }),
      );
      const table = host.model.table(CRITERIA);
      const sheet = host.model.sheet(table.sheet.name)!;
      const column = (header: string) => table.box.column + headers(host, CRITERIA).indexOf(header);
      for (let r = 1; r < table.box.rows; r++) {
        const row = table.box.row + r;
        const kindRule = sheet.validationAt(row, column(kind));
        const naRule = sheet.validationAt(row, column(allowNA));
        expect(kindRule?.rule).toEqual({ list: { inCellDropDown: true, source: kinds } });
        expect(kindRule?.errorAlert).toMatchObject({
          showAlert: true,
          style: "Stop",
          title: kind,
          message: kindMessage,
        });
        expect(naRule?.rule).toEqual({ list: { inCellDropDown: true, source: yesNo } });
        expect(naRule?.errorAlert).toMatchObject({ style: "Stop", title: allowNA, message: allowNAMessage });
        // As Excel applies them to a typed entry: the list's words pass, anything else is refused with the message.
        expect(refusal(kinds.split(",")[1], kindRule)).toBeNull();
        expect(refusal("extra points", kindRule)).toBe(kindMessage);
        expect(refusal(yesNo.split(",")[0], naRule)).toBeNull();
        expect(refusal("maybe", naRule)).toBe(allowNAMessage);
      }
    });
  },
);
