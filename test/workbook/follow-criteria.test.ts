// A grid edit of the criteria table (Levels, Max, Allow NA) reaches the pane as the table's changed event
// (Table.onChanged on the simulated host); followCriteriaEdit then rewrites the score-cell validation of the
// changed criteria, and nothing else: no other column's validation, no cell.
import { createRubric } from "../../src/app/create-rubric";
import { editCriteria } from "../../src/app/edit-criteria";
import { followCriteriaEdit } from "../../src/app/follow-criteria";
import { TableChange, criteriaTableName } from "../../src/app/session";
import { SimulatedHost } from "../host";
import { cellsOf, changedCells, headers, typeInto } from "../support/host-helpers";
import { RUBRIC_SHEET, hostSession, valueOf } from "../support/session";
import { cellAddress } from "../../src/workbook/address";

jest.setTimeout(60_000);

const RUBRIC = "proactive-visit";
const CRITERIA = "Criteria_proactive_visit";
const EVALUATIONS = "Evaluations_proactive_visit";

/** The validation of every cell of the evaluations table's data body, by address. */
function validations(host: SimulatedHost): Map<string, string> {
  const table = host.model.table(EVALUATIONS);
  const sheet = host.model.sheet(table.sheet.name)!;
  const out = new Map<string, string>();
  for (let r = 1; r < table.box.rows; r++)
    for (let c = 0; c < table.box.columns; c++) {
      const v = sheet.validationAt(table.box.row + r, table.box.column + c);
      out.set(
        cellAddress(table.box.row + r, table.box.column + c),
        JSON.stringify(v ? { ...v, box: undefined } : null),
      );
    }
  return out;
}

/** The data-body addresses of an evaluations column. */
function columnCells(host: SimulatedHost, header: string): string[] {
  const table = host.model.table(EVALUATIONS);
  const c = table.box.column + headers(host, EVALUATIONS).indexOf(header);
  return Array.from({ length: table.box.rows - 1 }, (_, r) => cellAddress(table.box.row + 1 + r, c)).sort();
}

async function setUp() {
  const workbook = hostSession({});
  valueOf(await createRubric(workbook.session, "example"));
  const { host, session } = workbook;
  const changes: TableChange[] = [];
  const stop = session.onTableChanged(criteriaTableName(RUBRIC), (change) => changes.push(change));
  await new Promise((resolve) => setTimeout(resolve, 10)); // registered at its first sync
  const criteria = host.model.table(CRITERIA);
  const at = (id: string, header: string) => {
    const row = criteria.box.row + 1 + ["PREP", "MAIL1", "OAUSE", "PROC", "SUMM", "MAIL2", "BONUS"].indexOf(id);
    return [row, criteria.box.column + headers(host, CRITERIA).indexOf(header)] as const;
  };
  /** Types into a criterion's cell as a user does, and waits for the table's changed events. */
  const type = async (id: string, header: string, entry: unknown) => {
    const [row, column] = at(id, header);
    typeInto(host, RUBRIC_SHEET, row, column, entry);
    await new Promise((resolve) => setTimeout(resolve, 10));
  };
  /** What the pane does with the events so far. */
  const follow = async () => {
    const results = [];
    for (const change of changes.splice(0)) {
      results.push(valueOf(await followCriteriaEdit(session, { rubricId: RUBRIC, address: change.address })));
    }
    return results;
  };
  return { host, session, changes, stop, type, follow };
}

describe("score-cell validation follows grid edits of the criteria table", () => {
  it("a Levels edit: the criterion's score cells get the new list, no other validation or cell changes", async () => {
    const { host, changes, type, follow, stop } = await setUp();
    const before = validations(host);
    const cells = cellsOf(host);
    await type("PREP", "Levels", "0 = Not done; 5 = Partly; 10 = Done");
    const [row, column] = [0, 0];
    (void row, column);
    expect(changes.map((c) => c.changeType)).toEqual(["RangeEdited"]);
    expect(await follow()).toEqual([{ validated: ["PREP"] }]);

    const after = validations(host);
    expect(changedCells(before, after)).toEqual(columnCells(host, "PREP"));
    const prep = host.model.table(EVALUATIONS);
    const sheet = host.model.sheet(prep.sheet.name)!;
    const prepColumn = prep.box.column + headers(host, EVALUATIONS).indexOf("PREP");
    expect(sheet.validationAt(prep.box.row + 1, prepColumn)?.rule).toEqual({
      list: { inCellDropDown: true, source: "0,5,10" },
    });
    // The only cell that changed is the one the user typed.
    expect(changedCells(cells, cellsOf(host))).toHaveLength(1);
    stop();
  });

  it("a Max edit of a criterion without levels: its range rule follows the new maximum", async () => {
    const { host, session, type, follow, changes, stop } = await setUp();
    valueOf(await editCriteria(session, { type: "update-criterion", index: 6, patch: { levels: [] } }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    changes.splice(0); // the pane's own write
    const before = validations(host);
    await type("BONUS", "Max", 3);
    expect(await follow()).toEqual([{ validated: ["BONUS"] }]);
    const after = validations(host);
    expect(changedCells(before, after)).toEqual(columnCells(host, "BONUS"));
    const table = host.model.table(EVALUATIONS);
    const column = table.box.column + headers(host, EVALUATIONS).indexOf("BONUS");
    expect(host.model.sheet(table.sheet.name)!.validationAt(table.box.row + 1, column)?.rule).toEqual({
      decimal: { formula1: 0, formula2: 3, operator: "Between" },
    });
    stop();
  });

  it("an Allow NA edit adds NA to the criterion's list", async () => {
    const { host, type, follow, stop } = await setUp();
    const before = validations(host);
    await type("OAUSE", "Allow NA", "yes");
    expect(await follow()).toEqual([{ validated: ["OAUSE"] }]);
    expect(changedCells(before, validations(host))).toEqual(columnCells(host, "OAUSE"));
    const table = host.model.table(EVALUATIONS);
    const column = table.box.column + headers(host, EVALUATIONS).indexOf("OAUSE");
    expect(host.model.sheet(table.sheet.name)!.validationAt(table.box.row + 1, column)?.rule).toEqual({
      list: { inCellDropDown: true, source: "0,4,7,10,NA" },
    });
    stop();
  });

  it("writes nothing while the rubric reads with a problem (a level above Max)", async () => {
    const { host, type, follow, stop } = await setUp();
    const before = validations(host);
    const writes = host.journal.writes.length;
    await type("PREP", "Levels", "0 = Not done; 15 = Beyond");
    expect(await follow()).toEqual([{ validated: [], skipped: "invalid" }]);
    expect(changedCells(before, validations(host))).toEqual([]);
    expect(host.journal.writes.length).toBe(writes); // nothing through the API (the typed cell is the user's)
    stop();
  });

  it("writes nothing for an edit of a column the rule does not depend on (a label)", async () => {
    const { host, type, follow, stop } = await setUp();
    const before = validations(host);
    await type("PREP", "Criterion", "Visit form ready");
    expect(await follow()).toEqual([{ validated: [], skipped: "unrelated" }]);
    expect(changedCells(before, validations(host))).toEqual([]);
    stop();
  });
});
