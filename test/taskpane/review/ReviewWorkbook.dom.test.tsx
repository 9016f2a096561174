/** @jest-environment jsdom */
// The Review tab's "Values copy as a new workbook": Excel opens a new workbook holding the evaluations as values (the
// pane says how many), nothing changes in this workbook; where this Excel cannot open one, a failure says so and
// offers the sheet copy, which still works.
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { fromBase64, readXlsx } from "../../formats/xlsx/read-xlsx";
import { cellsOf, changedCells } from "../../support/host-helpers";
import { openReview } from "./open-review";

jest.setTimeout(90_000);

const button = (name: string) => screen.getByRole("button", { name });
const status = () => screen.getByTestId("review-sheets-status");

describe("Review tab: values copy as a new workbook", () => {
  test("opens a new workbook with the evaluations as values and changes nothing here", async () => {
    const { user, host } = await openReview();
    const before = cellsOf(host);
    const workbook = button("Values copy as a new workbook");
    workbook.focus();
    await user.keyboard("{Enter}");
    await within(status()).findByText(/^Opened a new workbook/, {}, { timeout: 30_000 });
    expect(status()).toHaveTextContent("Opened a new workbook with 146 evaluations as values.");
    expect(changedCells(before, cellsOf(host))).toEqual([]);
    expect(host.createdWorkbooks).toHaveLength(1);
    const [sheet] = readXlsx(fromBase64(host.createdWorkbooks[0]));
    expect(sheet.name).toBe("Values proactive-visit");
    // Title, 4 stamp lines, a blank line, the header and 146 rows: the last row's first cell is on row 153.
    expect(sheet.cells.get("A153")).toBeDefined();
    expect(sheet.cells.get("A154")).toBeUndefined();
    expect([...sheet.cells.values()].filter((c) => c.formula !== null)).toEqual([]);
  });

  test("where this Excel cannot, a failure points to the sheet copy, which works", async () => {
    const { user, host } = await openReview("en", undefined, { unsupported: ["Excel.createWorkbook"] });
    await user.click(button("Values copy as a new workbook"));
    expect(
      await screen.findByText("Could not open the values copy as a new workbook.", {}, { timeout: 30_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/use “Share a values copy” to put it on a sheet/)).toBeInTheDocument();
    expect(status()).toHaveTextContent("");
    expect(host.createdWorkbooks).toEqual([]);
    await user.click(button("Share a values copy"));
    await within(status()).findByText(/copied as values/, {}, { timeout: 30_000 });
  });
});
