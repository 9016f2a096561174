/** @jest-environment jsdom */
// The grid of a long sheet draws only the rows in view (and the active row): selecting, typing in place, the Name
// box and window.rubricPreview.reveal bring a far row in; screen readers still learn where each row is.
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createSimulatedHost } from "../host";
import { previewApi } from "./api";
import { ROW_HEIGHT } from "./grid/GridRow";
import { PreviewWorkbook } from "./grid/PreviewWorkbook";
import { OVERSCAN, UNMEASURED_ROWS } from "./grid/viewport";

jest.setTimeout(30_000);

const ROWS = 2000;
const settle = () => act(async () => new Promise<void>((resolve) => setTimeout(resolve, 0)));

async function setUp() {
  const host = createSimulatedHost();
  const { model } = host;
  const sheet = model.sheet("Sheet1");
  for (let r = 0; r < ROWS; r++) model.write(sheet, r, 0, `row ${r + 1}`);
  render(
    <FluentProvider theme={webLightTheme}>
      <PreviewWorkbook model={model} onNewWorkbook={() => undefined} onLeave={() => undefined} />
    </FluentProvider>,
  );
  await settle();
  const grid = screen.getByRole("grid", { name: "Sheet1" });
  const cell = (address: string) => grid.querySelector<HTMLElement>(`[data-address="${address}"]`);
  const rowNumbers = () =>
    within(grid)
      .getAllByRole("rowheader")
      .map((h) => Number(h.textContent));
  const scroller = grid.parentElement!;
  return { host, model, grid, cell, rowNumbers, scroller, user: userEvent.setup() };
}

describe("the grid of a long sheet", () => {
  test("draws a screen's worth of rows, with the sheet's full height and every row's position", async () => {
    const { grid, rowNumbers } = await setUp();
    const drawn = rowNumbers();
    expect(drawn).toEqual(Array.from({ length: UNMEASURED_ROWS + OVERSCAN }, (_, i) => i + 1));
    // All rows plus the margin of 5 and the column letters.
    expect(grid).toHaveAttribute("aria-rowcount", String(ROWS + 5 + 1));
    expect(within(grid).getAllByRole("row")[1]).toHaveAttribute("aria-rowindex", "2");
    const spacer = grid.querySelector<HTMLElement>('tr[aria-hidden="true"] td')!;
    expect(spacer.style.height).toBe(`${(ROWS + 5 - drawn.length) * ROW_HEIGHT}px`);
  });

  test("the Name box goes to a far row: drawn, active and focused; arrows and typing go on from there", async () => {
    const { cell, host, user } = await setUp();
    const nameBox = screen.getByRole("textbox", { name: "Name box" });
    await user.clear(nameBox);
    await user.type(nameBox, "A1500{Enter}");
    await settle();
    expect(cell("A1500")).toHaveTextContent("row 1500");
    expect(cell("A1500")).toHaveAttribute("aria-selected", "true");
    expect(cell("A1500")).toHaveFocus();
    expect(cell("A1500")!.closest("tr")).toHaveAttribute("aria-rowindex", "1501");
    await user.keyboard("{ArrowDown}");
    await settle();
    expect(cell("A1501")).toHaveFocus();
    await user.keyboard("changed{Enter}");
    await settle();
    expect(host.model.valueAt(host.model.sheet("Sheet1"), 1500, 0)).toBe("changed");
    expect(cell("A1501")).toHaveTextContent("changed");
    expect(cell("A1502")).toHaveFocus();
  });

  test("scrolling draws the rows in view, and keeps the active row (and its focus) drawn", async () => {
    const { cell, rowNumbers, scroller, user } = await setUp();
    await user.click(cell("A3")!);
    scroller.scrollTop = 1000 * ROW_HEIGHT;
    fireEvent.scroll(scroller);
    await settle();
    expect(cell("A1000")).toHaveTextContent("row 1000");
    expect(rowNumbers()).toContain(3);
    expect(rowNumbers()).not.toContain(20);
    expect(cell("A3")).toHaveFocus();
  });

  test("window.rubricPreview.reveal scrolls a far row into the page without selecting it", async () => {
    const { host, cell } = await setUp();
    const api = previewApi(host, () => host.save());
    expect(cell("B1800")).toBeNull();
    await act(async () => {
      expect(api.reveal("Sheet1", "B1800")).toBe(true);
    });
    await settle();
    expect(cell("B1800")).toBeInTheDocument();
    expect(cell("A1800")).toHaveTextContent("row 1800");
    expect(host.model.selection?.active ?? { row: 0, column: 0 }).toEqual({ row: 0, column: 0 });
    expect(api.reveal("Other sheet", "B10")).toBe(false);
  });
});
