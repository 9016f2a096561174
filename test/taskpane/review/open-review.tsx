// The Review tab opened in the App on the simulated host with the example's evaluations (the sheet's selection on the
// table's first data row), and the evaluations table as the sheet shows it.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import { exampleHost, grid, selectCell } from "../../support/host-helpers";
import { SimulatedHostOptions } from "../../host";
import { EVALUATIONS_SHEET, hostSession } from "../../support/session";
import { sampleEvaluations } from "../../workbook/sample";

export const FIRST_DATA_ROW = 4; // sheet row of the evaluations table's first data row (its header is row 3)

export type ReviewHost = Awaited<ReturnType<typeof exampleHost>>;

/** The evaluations table as the sheet shows it: one object per data row, by header. */
export function sheetRows(host: ReviewHost): Record<string, unknown>[] {
  const count = sampleEvaluations().length;
  const [header, ...rows] = grid(host, EVALUATIONS_SHEET, `A${FIRST_DATA_ROW - 1}:Z${FIRST_DATA_ROW - 1 + count}`);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

export async function openReview(
  language: "en" | "zh" = "en",
  evaluations = sampleEvaluations(),
  hostOptions: SimulatedHostOptions = {},
) {
  const host = await exampleHost(evaluations, hostOptions);
  selectCell(host, EVALUATIONS_SHEET, FIRST_DATA_ROW - 1, 5);
  const workbook = hostSession({ host, language });
  const user = userEvent.setup();
  render(<App host="Excel" language={language} session={workbook.session} />);
  await user.click(await screen.findByRole("tab", { name: language === "en" ? "Review" : "周评" }));
  await screen.findByTestId("review-summary", {}, { timeout: 30_000 });
  return { ...workbook, user };
}
