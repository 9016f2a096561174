// The criteria table's Weight and Max cells take numbers only: a data-validation rule with a stop alert in the
// table's language, over the whole column, kept when the pane rewrites the criteria.
import { createRubric } from "../../src/app/create-rubric";
import { editCriteria } from "../../src/app/edit-criteria";
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
