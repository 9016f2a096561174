/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { exampleRubric } from "../../src/rubric/example";
import { Rubric } from "../../src/rubric/model";
import { validateRubric } from "../../src/rubric/validate";
import { RubricView } from "../../src/taskpane/rubric/RubricView";
import { applyChange } from "../../src/rubric/change";
import { ProblemView, problemViews } from "../../src/app/rubric-state";
import { renderPane } from "./render";

const criterionItem = (id: string) => document.querySelector(`li[data-criterion="${id}"]`) as HTMLElement;

describe("RubricView", () => {
  test("without a rubric it offers the three ways to start one", async () => {
    const user = userEvent.setup();
    const onCreate = jest.fn();
    const onImport = jest.fn();
    renderPane(<RubricView rubric={null} problems={[]} onCreate={onCreate} onImport={onImport} onEdit={jest.fn()} />);
    expect(screen.getByRole("heading", { name: "No rubric in this workbook yet" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Insert the example rubric" }));
    await user.click(screen.getByRole("button", { name: "Start a blank rubric" }));
    expect(onCreate.mock.calls).toEqual([["example"], ["blank"]]);

    const input = screen.getByTestId("import-file") as HTMLInputElement;
    const click = jest.spyOn(input, "click");
    await user.click(screen.getByRole("button", { name: "Import rubric JSON…" }));
    expect(click).toHaveBeenCalled();
    const file = new File(["{}"], "rubric.json", { type: "application/json" });
    await user.upload(input, file);
    expect(onImport).toHaveBeenLastCalledWith(file);
    expect(onCreate).toHaveBeenCalledTimes(2);
  });

  test("each problem shows next to the criterion or band that causes it, with its cell", () => {
    const rubric = exampleRubric("en");
    rubric.criteria[2] = { ...rubric.criteria[2], weight: -5 };
    rubric.bands[3] = { ...rubric.bands[3], from: 70 };
    const problems: ProblemView[] = problemViews(validateRubric(rubric), (p) =>
      p.location.scope === "criterion" ? `Rubric!D${(p.location.index ?? 0) + 2}` : undefined,
    );
    renderPane(
      <RubricView rubric={rubric} problems={problems} onCreate={jest.fn()} onImport={jest.fn()} onEdit={jest.fn()} />,
    );
    expect(within(criterionItem("OAUSE")).getByText("OAUSE: weight is negative (Rubric!D4)")).toBeInTheDocument();
    expect(within(criterionItem("PREP")).queryByRole("list")).toBeNull();
    const bandRow = document.querySelector('tr[data-band="3"]') as HTMLElement;
    expect(within(bandRow).getByText("bands: row 4: from 70 is not above 75")).toBeInTheDocument();
    expect(screen.getByText(/^2 problems/)).toBeInTheDocument();
  });

  test("score criteria show their share of the score; bonus says what it adds", () => {
    const rubric = exampleRubric("en");
    renderPane(
      <RubricView rubric={rubric} problems={[]} onCreate={jest.fn()} onImport={jest.fn()} onEdit={jest.fn()} />,
    );
    // OAUSE weighs 25 of the 100 score weight; the bonus criterion is not part of it.
    expect(within(criterionItem("OAUSE")).getByRole("meter")).toHaveAttribute("aria-valuenow", "25");
    expect(within(criterionItem("OAUSE")).getByText("25% of the score")).toBeInTheDocument();
    expect(within(criterionItem("BONUS")).queryByRole("meter")).toBeNull();
    expect(within(criterionItem("BONUS")).getByText(/\+10 points at full marks/)).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "Bands" })).toHaveTextContent("Below 60");
  });

  test("edits come out as change objects the parent can apply in one batch", async () => {
    const user = userEvent.setup();
    let rubric: Rubric = exampleRubric("en");
    const onEdit = jest.fn((change) => (rubric = applyChange(rubric, change)));
    renderPane(<RubricView rubric={rubric} problems={[]} onCreate={jest.fn()} onImport={jest.fn()} onEdit={onEdit} />);
    await user.click(screen.getByRole("button", { name: "Move MAIL1 up" }));
    expect(onEdit).toHaveBeenLastCalledWith({ type: "move-criterion", index: 1, to: 0 });
    expect(rubric.criteria.map((c) => c.id).slice(0, 2)).toEqual(["MAIL1", "PREP"]);
    expect(screen.getByRole("button", { name: "Move PREP up" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Remove SUMM" }));
    expect(onEdit).toHaveBeenLastCalledWith({ type: "remove-criterion", index: 4 });

    await user.click(screen.getByRole("button", { name: "Edit PROC" }));
    const editor = await screen.findByRole("form", { name: "Edit PROC" }); // the editor loads on demand
    const weight = within(editor).getByRole("textbox", { name: "Weight" });
    await user.clear(weight);
    await user.type(weight, "-1");
    expect(within(editor).getByText("Enter a number ≥ 0.")).toBeInTheDocument();
    expect(within(editor).getByRole("button", { name: "Apply" })).toBeDisabled();
    await user.clear(weight);
    await user.type(weight, "30");
    await user.click(within(editor).getByRole("checkbox", { name: "Allow not applicable" }));
    await user.selectOptions(within(editor).getByRole("combobox", { name: "Kind" }), "gate");
    await user.click(within(editor).getByRole("button", { name: "Apply" }));
    expect(onEdit).toHaveBeenLastCalledWith({
      type: "update-criterion",
      index: 3,
      patch: { weight: 30, allowNA: false, kind: "gate" },
    });

    await user.click(screen.getByRole("button", { name: "Add a criterion" }));
    expect(onEdit).toHaveBeenLastCalledWith({
      type: "add-criterion",
      criterion: { id: "C8", label: "New criterion", kind: "score", weight: 10, max: 10, allowNA: false },
    });
  });
});
