/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { exampleRubric } from "../../src/rubric/example";
import { Rubric } from "../../src/rubric/model";
import { validateRubric } from "../../src/rubric/validate";
import { RubricView } from "../../src/taskpane/rubric/RubricView";
import { applyChanges } from "../../src/rubric/change";
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
    const onEdit = jest.fn((change) => (rubric = applyChanges(rubric, [change].flat())));
    renderPane(<RubricView rubric={rubric} problems={[]} onCreate={jest.fn()} onImport={jest.fn()} onEdit={onEdit} />);
    const choose = async (id: string, item: string) => {
      await user.click(screen.getByRole("button", { name: `More actions for ${id}` }));
      await user.click(await screen.findByRole("menuitem", { name: item }));
    };
    await user.click(screen.getByRole("button", { name: "More actions for PREP" }));
    expect(await screen.findByRole("menuitem", { name: "Move PREP up" })).toHaveAttribute("aria-disabled", "true");
    await user.keyboard("{Escape}");
    await choose("MAIL1", "Move MAIL1 up");
    expect(onEdit).toHaveBeenLastCalledWith({ type: "move-criterion", index: 1, to: 0 });
    expect(rubric.criteria.map((c) => c.id).slice(0, 2)).toEqual(["MAIL1", "PREP"]);
    await choose("SUMM", "Remove SUMM");
    expect(onEdit).toHaveBeenLastCalledWith({ type: "remove-criterion", index: 4 });

    await choose("PROC", "Edit PROC");
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
    expect(onEdit).toHaveBeenLastCalledWith([
      { type: "update-criterion", index: 3, patch: { weight: 30, allowNA: false, kind: "gate" } },
    ]);

    await user.click(screen.getByRole("button", { name: "Add a criterion" }));
    expect(onEdit).toHaveBeenLastCalledWith({
      type: "add-criterion",
      criterion: { id: "C8", label: "New criterion", kind: "score", weight: 10, max: 10, allowNA: false },
    });
  });

  test("a focused criterion moves with Alt+Up and Alt+Down, and by dragging it onto another", async () => {
    const user = userEvent.setup();
    const onEdit = jest.fn();
    renderPane(
      <RubricView
        rubric={exampleRubric("en")}
        problems={[]}
        onCreate={jest.fn()}
        onImport={jest.fn()}
        onEdit={onEdit}
      />,
    );
    criterionItem("PROC").focus();
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    expect(onEdit).toHaveBeenLastCalledWith({ type: "move-criterion", index: 3, to: 2 });
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    expect(onEdit).toHaveBeenLastCalledWith({ type: "move-criterion", index: 3, to: 4 });
    await user.keyboard("{ArrowDown}"); // without Alt the list scrolls, nothing moves
    expect(onEdit).toHaveBeenCalledTimes(2);
    expect(screen.getByText("PROC is now number 5.")).toBeInTheDocument();
    criterionItem("PREP").focus();
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}"); // the first cannot go higher
    expect(onEdit).toHaveBeenCalledTimes(2);

    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => data.set(type, value),
      getData: (type: string) => data.get(type) ?? "",
      get types() {
        return [...data.keys()];
      },
      effectAllowed: "",
      dropEffect: "",
    };
    fireEvent.dragStart(criterionItem("SUMM"), { dataTransfer });
    fireEvent.dragOver(criterionItem("MAIL1"), { dataTransfer });
    fireEvent.drop(criterionItem("MAIL1"), { dataTransfer });
    expect(onEdit).toHaveBeenLastCalledWith({ type: "move-criterion", index: 4, to: 1 });
  });

  test("the criterion editor refuses what the workbook would, next to the field, and edits every field", async () => {
    const user = userEvent.setup();
    const onEdit = jest.fn();
    renderPane(
      <RubricView
        rubric={exampleRubric("en")}
        problems={[]}
        onCreate={jest.fn()}
        onImport={jest.fn()}
        onEdit={onEdit}
      />,
    );
    await user.click(screen.getByRole("button", { name: "More actions for PREP" }));
    await user.click(await screen.findByRole("menuitem", { name: "Edit PREP" }));
    const editor = await screen.findByRole("form", { name: "Edit PREP" });
    const apply = within(editor).getByRole("button", { name: "Apply" });
    // Max 5 while levels go to 10: the engine would refuse it, so the pane does.
    const max = within(editor).getByRole("textbox", { name: "Max" });
    await user.clear(max);
    await user.type(max, "5");
    expect(apply).toBeDisabled();
    expect(within(editor).getByText(/A level has 10 points, more than this Max/)).toBeInTheDocument();
    expect(within(editor).getAllByText("Enter points from 0 to 5 (the Max).").length).toBeGreaterThan(0);
    await user.clear(max);
    await user.type(max, "10");
    expect(apply).toBeEnabled();

    const label = within(editor).getByRole("textbox", { name: "Label" });
    await user.clear(label);
    expect(within(editor).getByText("Enter a label.")).toBeInTheDocument();
    expect(apply).toBeDisabled();
    await user.type(label, "Prepared the visit");
    await user.type(within(editor).getByRole("textbox", { name: "Description" }), "Before calling");
    await user.type(within(editor).getByRole("textbox", { name: "Section" }), "Before");
    const level = within(editor).getByRole("listitem", { name: "Level 2" });
    await user.type(within(level).getByRole("textbox", { name: "Description (optional)" }), "some steps | skipped");
    await user.click(within(editor).getByRole("button", { name: "Add a level" }));
    const added = within(editor).getByRole("listitem", { name: "Level 5" });
    await user.type(within(added).getByRole("textbox", { name: "Points" }), "4");
    expect(within(added).getByText("Another level has these points.")).toBeInTheDocument();
    expect(within(added).getByText("Enter a label for this level.")).toBeInTheDocument();
    expect(apply).toBeDisabled();
    await user.click(within(added).getByRole("button", { name: "Remove level 5" }));
    await user.click(apply);
    const levels = exampleRubric("en").criteria[0].levels!.map((l) => ({ ...l }));
    levels[1].description = "some steps | skipped";
    expect(onEdit).toHaveBeenLastCalledWith([
      { type: "update-criterion", index: 0, patch: { label: "Prepared the visit", levels } },
      { type: "set-criterion-field", id: "PREP", field: "description", value: "Before calling" },
      { type: "set-criterion-field", id: "PREP", field: "section", value: "Before" },
    ]);
  });

  test("bands are edited in the pane: From, Points and Label, added and removed, refused as the workbook would", async () => {
    const user = userEvent.setup();
    const onEditBands = jest.fn();
    const rubric = exampleRubric("en");
    renderPane(
      <RubricView
        rubric={rubric}
        problems={[]}
        onCreate={jest.fn()}
        onImport={jest.fn()}
        onEdit={jest.fn()}
        onEditBands={onEditBands}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Edit bands" }));
    const editor = screen.getByRole("form", { name: "Edit bands" });
    const save = within(editor).getByRole("button", { name: "Save bands" });
    const band = (n: number) => within(editor).getByRole("listitem", { name: `Band ${n}` });
    const from4 = within(band(4)).getByRole("textbox", { name: "From" });
    await user.clear(from4);
    await user.type(from4, "70");
    expect(within(band(4)).getByText("Enter a From above 75.")).toBeInTheDocument();
    expect(save).toBeDisabled();
    await user.clear(from4);
    await user.type(from4, "80");
    const from2 = within(band(2)).getByRole("textbox", { name: "From" });
    await user.clear(from2);
    expect(within(band(2)).getByText("Only the first band can be left open (no lower limit).")).toBeInTheDocument();
    await user.type(from2, "60");
    await user.type(within(band(2)).getByRole("textbox", { name: "Label (optional)" }), "Pass");
    await user.click(within(band(5)).getByRole("button", { name: "Remove band 5" }));
    await user.click(within(editor).getByRole("button", { name: "Add a band" }));
    const points6 = within(band(6)).getByRole("textbox", { name: "Points" });
    await user.type(within(band(6)).getByRole("textbox", { name: "From" }), "120");
    expect(within(band(6)).getByText("Enter a number.")).toBeInTheDocument();
    expect(save).toBeDisabled();
    await user.type(points6, "3.5");
    expect(save).toBeEnabled();
    await user.click(save);
    expect(onEditBands).toHaveBeenCalledWith([
      { from: null, points: 0, label: "Below 60" },
      { from: 60, points: 1, label: "Pass" },
      { from: 75, points: 1.5 },
      { from: 80, points: 2 },
      { from: 110, points: 3 },
      { from: 120, points: 3.5 },
    ]);
  });

  test("settings are edited in the pane; only what changed is sent; invalid values are refused next to the field", async () => {
    const user = userEvent.setup();
    const onEditSettings = jest.fn();
    renderPane(
      <RubricView
        rubric={exampleRubric("en")}
        problems={[]}
        onCreate={jest.fn()}
        onImport={jest.fn()}
        onEdit={jest.fn()}
        onEditSettings={onEditSettings}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Edit settings" }));
    const editor = screen.getByRole("form", { name: "Rubric settings" });
    const save = within(editor).getByRole("button", { name: "Save settings" });
    const decimals = within(editor).getByRole("textbox", { name: "Decimals of the total" });
    await user.clear(decimals);
    await user.type(decimals, "7");
    expect(within(editor).getByText("Enter a whole number from 0 to 6.")).toBeInTheDocument();
    expect(save).toBeDisabled();
    await user.clear(decimals);
    await user.type(decimals, "2");
    const scale = within(editor).getByRole("textbox", { name: "Scale (score at full marks)" });
    await user.clear(scale);
    expect(within(editor).getByText("Enter a number > 0.")).toBeInTheDocument();
    await user.type(scale, "100"); // as it was: not sent
    const title = within(editor).getByRole("textbox", { name: /^Title/ });
    await user.clear(title);
    expect(within(editor).getByText("Enter a title.")).toBeInTheDocument();
    await user.type(title, "Visits");
    await user.click(save);
    expect(onEditSettings).toHaveBeenCalledWith({ title: "Visits", decimals: 2 });
  });

  test("a final rubric's criteria, bands and settings cannot be edited", () => {
    const rubric: Rubric = { ...exampleRubric("en"), status: "final" };
    renderPane(
      <RubricView
        rubric={rubric}
        problems={[]}
        onCreate={jest.fn()}
        onImport={jest.fn()}
        onEdit={jest.fn()}
        onEditBands={jest.fn()}
        onEditSettings={jest.fn()}
      />,
    );
    expect(screen.getByRole("button", { name: "Edit bands" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Edit settings" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "More actions for PREP" })).toBeDisabled();
  });
});
