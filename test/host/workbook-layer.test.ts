// Integration: the workbook layer, unchanged, on the simulated Excel host. The formulas it writes are computed by
// HyperFormula with the add-in's own RUBRIC.* functions and must give the engine's totals and points; the workbook
// survives a save and reopen; nothing entered is lost when criteria change.
import { exampleRubric } from "../../src/rubric/example";
import { RawValue, Rubric } from "../../src/rubric/model";
import { expectedRow } from "../support/expected-row";
import { createRubric } from "../../src/workbook/create";
import { readEvaluations } from "../../src/workbook/evaluations";
import { readRubric } from "../../src/workbook/read-rubric";
import { appendEvaluationRow, saveEvaluationRow } from "../../src/workbook/rows";
import { syncColumns } from "../../src/workbook/columns";
import { createSimulatedHost, SimulatedHost } from "./index";
import { sampleEvaluations } from "../workbook/sample";

const EVALUATIONS = "proactive-visit evaluations";

async function exampleHost(): Promise<SimulatedHost> {
  const host = createSimulatedHost();
  await host.run((context) =>
    createRubric(context, exampleRubric("en"), { language: "en", evaluations: sampleEvaluations() }),
  );
  return host;
}

/** Every data row of the evaluations table, as the sheet shows it, against the engine's result for its inputs. */
async function compareWithEngine(host: SimulatedHost): Promise<{ rows: number; mismatches: string[] }> {
  const read = await host.run((context) => readRubric(context, "proactive-visit"));
  if (!read.rubric) throw new Error(read.problems.map((p) => p.message).join("; "));
  const rubric: Rubric = read.rubric;
  const table = host.model.table("Evaluations_proactive_visit");
  const headers = table.headers();
  const mismatches: string[] = [];
  let rows = 0;
  for (let r = 1; r < table.box.rows; r++) {
    const row = table.box.row + r;
    const cell = (name: string) => host.model.valueAt(table.sheet, row, table.box.column + headers.indexOf(name));
    const values = Object.fromEntries(rubric.criteria.map((c) => [c.id, cell(c.id) as RawValue]));
    const shown = ["Total", "Points", "Band"].map(cell);
    const expected = expectedRow(rubric, values);
    if (expected[0] !== "") rows++;
    if (JSON.stringify(shown) !== JSON.stringify(expected)) {
      mismatches.push(`row ${row + 1}: sheet ${JSON.stringify(shown)}, engine ${JSON.stringify(expected)}`);
    }
  }
  return { rows, mismatches };
}

describe("the workbook layer on the simulated host", () => {
  it("creates the example with its 146 sample evaluations; every Total and Points equals the engine's", async () => {
    const host = await exampleHost();
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "proactive-visit rubric", EVALUATIONS]);
    const { rows, mismatches } = await compareWithEngine(host);
    expect(rows).toBe(146);
    expect(mismatches).toEqual([]);
  });
});
