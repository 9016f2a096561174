/** @jest-environment jsdom */
// The grid as a user drives it: select, type in place, Enter/Escape, refused entries, Name box, formula bar,
// Delete, sheet tabs; the simulated workbook (formulas computed) underneath.
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { scoreValidationMessage, scoreValidationRule } from "../../src/workbook/validation";
import { createSimulatedHost } from "../host";
import { PreviewWorkbook } from "./grid/PreviewWorkbook";

// Fluent's dialog and user-event's typing are slow under jsdom on a loaded machine (the whole suite in parallel).
jest.setTimeout(30_000);

/** Lets the model's batched notifications reach the grid. */
const settle = () => act(async () => new Promise<void>((resolve) => setTimeout(resolve, 0)));

async function setUp() {
  const host = createSimulatedHost();
  const { model } = host;
  const sheet = model.sheet("Sheet1");
  model.write(sheet, 0, 0, "2");
  model.write(sheet, 0, 1, "=A1*10");
  model.setNumberFormat(sheet, 0, 1, "0.0");
  const criterion = { id: "Q1", label: "Q1", kind: "score" as const, weight: 1, max: 10, allowNA: false };
  sheet.validations.push({
    box: { row: 3, column: 0, rows: 5, columns: 1 },
    rule: scoreValidationRule(criterion, "A4"),
    errorAlert: scoreValidationMessage(criterion),
  });
  model.addSheet("Other");
  const onNewWorkbook = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <PreviewWorkbook model={model} onNewWorkbook={onNewWorkbook} onLeave={() => undefined} />
    </FluentProvider>,
  );
  await settle(); // the notifications of the writes above
  const cell = (address: string) =>
    screen.getByRole("grid").querySelector(`[data-address="${address}"]`) as HTMLElement;
  const active = () => screen.getByRole("grid").querySelector('[aria-selected="true"]')?.getAttribute("data-address");
  return { host, model, sheet, cell, active, onNewWorkbook, user: userEvent.setup() };
}

describe("the preview's grid", () => {
  test("shows the sheet with headers, row numbers and formatted, computed cells", async () => {
    const { cell } = await setUp();
    const grid = screen.getByRole("grid", { name: "Sheet1" });
    expect(
      within(grid)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(expect.arrayContaining(["A", "B", "L"]));
    expect(within(grid).getAllByRole("rowheader")).toHaveLength(30);
    expect(cell("B1")).toHaveTextContent("20.0");
    expect(screen.getByRole("textbox", { name: "Name box" })).toHaveValue("A1");
    expect(screen.getByRole("textbox", { name: "Formula bar" })).toHaveValue("2");
  });

  test("typing in place, Enter commits and moves down; the dependent cell recalculates", async () => {
    const { cell, active, user, host } = await setUp();
    await user.click(cell("A1"));
    await user.keyboard("5");
    expect(screen.getByRole("textbox", { name: "Edit A1" })).toHaveValue("5");
    await user.keyboard("{Enter}");
    await settle();
    expect(cell("B1")).toHaveTextContent("50.0");
    expect(active()).toBe("A2");
    expect(host.model.selection?.active).toEqual({ row: 1, column: 0 });
  });

  test("Escape cancels; F2 edits the content; Delete clears", async () => {
    const { cell, user, model, sheet } = await setUp();
    await user.click(cell("B1"));
    await user.keyboard("9{Escape}");
    expect(sheet.cell(0, 1)?.formula).toBe("=A1*10");
    await user.keyboard("{F2}");
    expect(screen.getByRole("textbox", { name: "Edit B1" })).toHaveValue("=A1*10");
    await user.keyboard("+1{Enter}");
    await settle();
    expect(model.valueAt(sheet, 0, 1)).toBe(21);
    await user.click(cell("B1"));
    await user.keyboard("{Delete}");
    await settle();
    expect(sheet.cell(0, 1)?.formula).toBeUndefined();
  });

  test("an entry the validation refuses shows why, and the cell keeps its content", async () => {
    const { cell, user, sheet } = await setUp();
    await user.click(cell("A4"));
    await user.keyboard("99{Enter}");
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent("Q1: a number from 0 to 10");
    expect(sheet.cell(3, 0)).toBeUndefined();
    await user.click(cell("A4"));
    await user.keyboard("8{Enter}");
    await settle();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(sheet.cell(3, 0)?.value).toBe(8);
  });

  test("the Name box selects what is typed into it; a wrong reference is refused", async () => {
    const { active, user } = await setUp();
    const nameBox = screen.getByRole("textbox", { name: "Name box" });
    await user.clear(nameBox);
    await user.type(nameBox, "c12{Enter}");
    await settle();
    expect(active()).toBe("C12");
    expect(nameBox).toHaveValue("C12");
    await user.clear(nameBox);
    await user.type(nameBox, "nowhere{Enter}");
    expect(screen.getByRole("alert")).toHaveTextContent("Reference isn't valid.");
  });

  test("the formula bar edits the active cell: Enter writes, Escape reverts", async () => {
    const { cell, user, model, sheet } = await setUp();
    await user.click(cell("C1"));
    const bar = screen.getByRole("textbox", { name: "Formula bar" });
    await user.type(bar, "=B1+1{Enter}");
    await settle();
    expect(model.valueAt(sheet, 0, 2)).toBe(21);
    expect(cell("C1")).toHaveTextContent("21");
    await user.click(bar);
    await user.type(bar, "0{Escape}");
    expect(bar).toHaveValue("=B1+1");
  });

  test("sheet tabs activate their sheet", async () => {
    const { user, model } = await setUp();
    const tabs = screen.getByRole("tablist", { name: "Sheets" });
    expect(
      within(tabs)
        .getAllByRole("tab")
        .map((t) => t.textContent),
    ).toEqual(["Sheet1", "Other"]);
    await user.click(within(tabs).getByRole("tab", { name: "Other" }));
    await settle();
    expect(model.activeSheet).toBe("Other");
    expect(screen.getByRole("grid", { name: "Other" })).toBeInTheDocument();
    expect(within(tabs).getByRole("tab", { name: "Other" })).toHaveAttribute("aria-selected", "true");
  });

  test("New workbook asks first", async () => {
    const { user, onNewWorkbook } = await setUp();
    await user.click(screen.getByRole("button", { name: "New workbook" }));
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onNewWorkbook).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "New workbook" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "New workbook" }));
    await user.click(await screen.findByRole("button", { name: "Discard and start new" }));
    expect(onNewWorkbook).toHaveBeenCalledTimes(1);
  });
});
