/** @jest-environment jsdom */
// Sort and filter from the preview's grid: the buttons shown for the table under the active cell.
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createSimulatedHost } from "../host";
import { PreviewWorkbook } from "./grid/PreviewWorkbook";

jest.setTimeout(30_000);

const settle = () => act(async () => new Promise<void>((resolve) => setTimeout(resolve, 0)));

async function setUp() {
  const { model } = createSimulatedHost();
  const sheet = model.sheet("Sheet1");
  const rows = [
    ["Name", "Points"],
    ["carol", 30],
    ["alice", 10],
    ["bob", 20],
  ];
  rows.forEach((row, r) => row.forEach((x, c) => model.write(sheet, r, c, x)));
  model.renameTable(model.addTable(sheet, { row: 0, column: 0, rows: 4, columns: 2 }), "Scores");
  render(
    <FluentProvider theme={webLightTheme}>
      <PreviewWorkbook model={model} onNewWorkbook={() => undefined} onLeave={() => undefined} />
    </FluentProvider>,
  );
  await settle();
  const cell = (address: string) =>
    screen.getByRole("grid").querySelector(`[data-address="${address}"]`) as HTMLElement | null;
  const names = () => ["A2", "A3", "A4"].map((a) => cell(a)?.textContent ?? null);
  return { model, cell, names, user: userEvent.setup() };
}

describe("table sort and filter in the preview", () => {
  test("shows no table tools outside a table", async () => {
    const { cell, user } = await setUp();
    await user.click(cell("D8")!);
    expect(screen.queryByRole("toolbar", { name: "Table Scores" })).not.toBeInTheDocument();
  });

  test("sorts by the active cell's column, both ways", async () => {
    const { cell, names, user } = await setUp();
    await user.click(cell("A1")!);
    await user.click(screen.getByRole("button", { name: "Sort A to Z" }));
    await settle();
    expect(names()).toEqual(["alice", "bob", "carol"]);
    await user.click(screen.getByRole("button", { name: "Sort Z to A" }));
    await settle();
    expect(names()).toEqual(["carol", "bob", "alice"]);
  });

  test("filters to a data cell's value, hiding the other rows, and clears the filter", async () => {
    const { model, cell, names, user } = await setUp();
    await user.click(cell("B4")!); // bob's 20
    await user.click(screen.getByRole("button", { name: "Filter to “20”" }));
    await settle();
    expect(names()).toEqual([null, null, "bob"]);
    expect([...model.sheet("Sheet1").hiddenRows].sort()).toEqual([1, 2]);
    await user.click(screen.getByRole("button", { name: "Clear filter" }));
    await settle();
    expect(names()).toEqual(["carol", "alice", "bob"]);
  });
});
