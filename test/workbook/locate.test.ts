import { exampleRubric } from "../../src/rubric/example";
import { createRubric } from "../../src/workbook/create";
import { findRubrics, selectionPosition } from "../../src/workbook/locate";
import { createSimulatedHost } from "../host";
import { exampleHost, selectCell, syncsOf, typeInto } from "../support/host-helpers";
import { sampleEvaluations } from "./sample";

async function setUp(rows = 5) {
  const host = await exampleHost(sampleEvaluations().slice(0, rows));
  const other = { ...exampleRubric("zh"), id: "visit-2" };
  await host.run((context) => createRubric(context, other, { language: "zh" }));
  return {
    host,
    find: () => host.run((context) => findRubrics(context)),
    selected: async () => (await host.run((context) => selectionPosition(context))).evaluation,
  };
}

describe("findRubrics", () => {
  it("lists the rubric ids from the settings' ID cells, in table order", async () => {
    const { find } = await setUp();
    expect(await find()).toEqual(["proactive-visit", "visit-2"]);
  });

  it("falls back to the table suffix when the ID cell does not name the tables", async () => {
    const { host, find } = await setUp();
    typeInto(host, "proactive-visit rubric", 0, 1, "something-else");
    expect(await find()).toEqual(["proactive_visit", "visit-2"]);
  });

  it("is empty for a workbook without rubrics", async () => {
    const host = createSimulatedHost();
    expect(await host.run((context) => findRubrics(context))).toEqual([]);
  });
});

describe("selectionPosition", () => {
  it("gives the rubric and data row of the active cell as the evaluation", async () => {
    const { host, selected } = await setUp();
    selectCell(host, "proactive-visit evaluations", 5, 7);
    expect(await selected()).toEqual({ rubricId: "proactive-visit", rowIndex: 2 });
    selectCell(host, "visit-2 评价记录", 3, 0);
    expect(await selected()).toEqual({ rubricId: "visit-2", rowIndex: 0 });
  });

  it("has no evaluation on the header, beside the table, below it and on the rubric sheet", async () => {
    const { host, selected } = await setUp(5);
    for (const active of [
      { sheet: "proactive-visit evaluations", row: 2, column: 5 },
      { sheet: "proactive-visit evaluations", row: 4, column: 18 },
      { sheet: "proactive-visit evaluations", row: 8, column: 0 },
      { sheet: "proactive-visit rubric", row: 11, column: 0 },
    ]) {
      selectCell(host, active.sheet, active.row, active.column);
      expect(await selected()).toBeNull();
    }
  });

  it("tells which rubric's sheet holds the selection, with two syncs for 5 and 146 rows", async () => {
    const counts = [];
    for (const rows of [5, 146]) {
      const { host } = await setUp(rows);
      selectCell(host, "visit-2 评分标准", 12, 1);
      let position: Awaited<ReturnType<typeof selectionPosition>> | undefined;
      counts.push(
        await syncsOf(host, async () => {
          position = await host.run((context) => selectionPosition(context));
        }),
      );
      expect(position).toEqual({ rubrics: ["proactive-visit", "visit-2"], rubricId: "visit-2", evaluation: null });
    }
    expect(counts).toEqual([2, 2]);
  });
});
