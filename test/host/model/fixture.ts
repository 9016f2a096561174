// A small table for the user-action tests: Scores on Sheet1 at A1:C5 (Name, Points, Double = [@Points]*2, a
// calculated column), a text format on Name, a summary formula outside the table in E1, and a second sheet that
// names the table.
import { createSimulatedHost, SimulatedHost } from "../index";

export const SHEET = "Sheet1";

export function scoresHost(): SimulatedHost {
  const host = createSimulatedHost();
  const { model } = host;
  const sheet = model.sheet(SHEET);
  const rows: unknown[][] = [
    ["Name", "Points", "Double"],
    ["carol", 30, "=[@Points]*2"],
    ["alice", 10, "=[@Points]*2"],
    ["bob", 20, "=[@Points]*2"],
    ["dave", 10, "=[@Points]*2"],
  ];
  rows.forEach((row, r) => row.forEach((x, c) => model.write(sheet, r, c, x)));
  for (let r = 1; r <= 4; r++) model.setNumberFormat(sheet, r, 0, "@");
  model.renameTable(model.addTable(sheet, { row: 0, column: 0, rows: 5, columns: 3 }), "Scores");
  model.write(sheet, 0, 4, "=SUM(Scores[Points])");
  const other = model.addSheet("Summary");
  model.write(other, 0, 0, "=COUNT(Scores[[#Headers],[#Data],[Points]:[Double]])");
  return host;
}
