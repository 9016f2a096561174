/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StatusActions, StatusActionsProps } from "../../../src/taskpane/versions/StatusActions";
import { renderPane } from "../render";

function show(props: Partial<StatusActionsProps> = {}, language: "en" | "zh" = "en") {
  const onFinalise = jest.fn();
  const onReopen = jest.fn();
  renderPane(
    <StatusActions status="draft" latest={2} draftChanges={0} onFinalise={onFinalise} onReopen={onReopen} {...props} />,
    language,
  );
  return { onFinalise, onReopen, region: screen.getByRole("region", { name: language === "en" ? "Status" : "状态" }) };
}

/** Waits for a closing dialog to be gone. (After that, Fluent's modal attributes can take a while longer to leave
 * the pane in jsdom: the tests do not press the pane's buttons again after closing a dialog.) */
const closed = () => waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());

const finaliseButton = () => screen.getByRole("button", { name: "Finalise…" });

describe("StatusActions", () => {
  test("a draft: its status explained, and Finalise…", () => {
    const { region } = show();
    expect(within(region).getByText("Draft")).toBeInTheDocument();
    expect(region).toHaveTextContent("The working draft can be edited and published as new versions.");
    expect(finaliseButton()).toBeEnabled();
    expect(screen.queryByRole("button", { name: "Reopen…" })).toBeNull();
  });

  test("Finalise… asks first, says what protection means, and finalises with the note", async () => {
    const user = userEvent.setup();
    const { onFinalise } = show();
    await user.click(finaliseButton());
    const dialog = await screen.findByRole("dialog", { name: "Finalise version 2?" }, { timeout: 10_000 });
    expect(dialog).toHaveAccessibleDescription(
      expect.stringContaining("The rubric sheet and the versions sheet will be protected: criteria edits"),
    );
    expect(dialog).toHaveTextContent("without a password");
    expect(dialog).toHaveTextContent("Review > Protect Sheet");
    await user.type(within(dialog).getByRole("textbox", { name: /^Note \(optional\)/ }), "  Term over  ");
    await user.click(within(dialog).getByRole("button", { name: "Finalise" }));
    expect(onFinalise).toHaveBeenCalledWith("Term over");
    expect(screen.queryByRole("dialog", { name: "Finalise version 2?" })).toBeNull();
  });

  test("Cancel finalises nothing", async () => {
    const user = userEvent.setup();
    const { onFinalise } = show();
    await user.click(finaliseButton());
    await user.type(screen.getByRole("textbox", { name: /^Note/ }), "draft note");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await closed();
    expect(onFinalise).not.toHaveBeenCalled();
  });

  test("an empty note is no note", async () => {
    const user = userEvent.setup();
    const { onFinalise } = show({ status: "stable" });
    await user.click(finaliseButton());
    await user.click(screen.getByRole("button", { name: "Finalise" }));
    expect(onFinalise).toHaveBeenCalledWith("");
  });

  test("Finalise… waits, saying why, while the draft has changes or nothing is published", () => {
    show({ draftChanges: 3 });
    expect(finaliseButton()).toBeDisabled();
    expect(finaliseButton()).toHaveAccessibleDescription(
      "Publish or discard the 3 unpublished changes before finalising.",
    );
  });

  test("nothing published yet", () => {
    show({ latest: 0 });
    expect(finaliseButton()).toBeDisabled();
    expect(finaliseButton()).toHaveAccessibleDescription("Publish a version before finalising.");
  });

  test("one change, in the singular", () => {
    show({ draftChanges: 1 });
    expect(finaliseButton()).toHaveAccessibleDescription(
      "Publish or discard the 1 unpublished change before finalising.",
    );
  });

  test("stable: said so, and it can be finalised", () => {
    const { region } = show({ status: "stable" });
    expect(within(region).getByText("Stable")).toBeInTheDocument();
    expect(region).toHaveTextContent("Marked stable");
    expect(finaliseButton()).toBeEnabled();
  });

  test("final: protected and why; Reopen… asks first and reopens with the note", async () => {
    const user = userEvent.setup();
    const { region, onReopen, onFinalise } = show({ status: "final" });
    expect(within(region).getByText("Final")).toBeInTheDocument();
    expect(region).toHaveTextContent("Version 2 is final. The rubric and versions sheets are protected");
    expect(screen.queryByRole("button", { name: "Finalise…" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Reopen…" }));
    const dialog = await screen.findByRole("dialog", { name: "Reopen the rubric?" }, { timeout: 10_000 });
    expect(dialog).toHaveAccessibleDescription(
      "The rubric returns to draft: the rubric and versions sheets are unprotected, and criteria can be edited and " +
        "new versions published again. The reopening is recorded in the history.",
    );
    await user.type(within(dialog).getByRole("textbox", { name: /^Note/ }), "New term");
    await user.click(within(dialog).getByRole("button", { name: "Reopen" }));
    expect(onReopen).toHaveBeenCalledWith("New term");
    expect(onFinalise).not.toHaveBeenCalled();
  });

  test("Cancel reopens nothing", async () => {
    const user = userEvent.setup();
    const { onReopen } = show({ status: "final" });
    await user.click(screen.getByRole("button", { name: "Reopen…" }));
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await closed();
    expect(onReopen).not.toHaveBeenCalled();
  });

  test("busy: the buttons wait", () => {
    show({ busy: true });
    expect(finaliseButton()).toBeDisabled();
    expect(screen.getByText("Working…")).toBeInTheDocument();
  });

  test("without handlers it only shows the status", () => {
    renderPane(<StatusActions status="final" latest={4} draftChanges={0} />);
    expect(screen.getByRole("region", { name: "Status" })).toHaveTextContent("Version 4 is final.");
    expect(screen.queryByRole("button")).toBeNull();
  });

  test("in Chinese", async () => {
    const user = userEvent.setup();
    const { region } = show({ status: "final" }, "zh");
    expect(within(region).getByText("定稿")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "重新打开…" }));
    expect(await screen.findByRole("dialog", { name: "重新打开评分标准？" }, { timeout: 10_000 })).toBeInTheDocument();
  });
});
