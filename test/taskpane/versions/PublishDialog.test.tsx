/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { PublishDialog, PublishDialogProps } from "../../../src/taskpane/versions/PublishDialog";
import { renderPane } from "../render";
import { DRAFT_EDITS, draftOf } from "./fixtures";

const { draft, changes } = draftOf("en", ...DRAFT_EDITS);

function open(props: Partial<PublishDialogProps> = {}, language: "en" | "zh" = "en") {
  const onPublish = jest.fn();
  const onCancel = jest.fn();
  renderPane(
    <PublishDialog
      open
      version={4}
      changes={changes}
      draft={draft}
      onPublish={onPublish}
      onCancel={onCancel}
      {...props}
    />,
    language,
  );
  const dialog = screen.getByRole("dialog", { name: language === "en" ? "Publish version 4" : "发布第 4 版" });
  return { onPublish, onCancel, dialog };
}

const note = () => screen.getByRole("textbox", { name: /^Note/ });
const publishButton = () => screen.getByRole("button", { name: "Publish" });

describe("PublishDialog", () => {
  test("shows the version's changes, worded, scoring first", () => {
    const { dialog } = open();
    const items = within(within(dialog).getByRole("list")).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "PREP weight 30 → 20Scoring",
      'Title changed: "Follow-up visit" → "Visit"Text only',
    ]);
    expect(within(dialog).getByRole("heading", { name: "What changes in version 4" })).toBeInTheDocument();
  });

  test("Publish waits for a note, and says so", async () => {
    const user = userEvent.setup();
    const { onPublish } = open();
    expect(publishButton()).toBeDisabled();
    expect(publishButton()).toHaveAccessibleDescription("Write a short note to publish.");
    expect(note()).toBeRequired();
    await user.type(note(), "   ");
    expect(publishButton()).toBeDisabled(); // blanks are no note
    await user.type(note(), "Prep weighs less");
    expect(publishButton()).toBeEnabled();
    expect(screen.getByText(/19 \/ 500 characters/)).toBeInTheDocument();
    await user.click(publishButton());
    expect(onPublish).toHaveBeenCalledWith("Prep weighs less");
  });

  test("Enter starts a new line; Ctrl+Enter publishes with the note", async () => {
    const user = userEvent.setup();
    const { onPublish } = open();
    await user.type(note(), "First line{Enter}second line");
    expect(onPublish).not.toHaveBeenCalled();
    expect(note()).toHaveValue("First line\nsecond line");
    await user.keyboard("{Control>}{Enter}{/Control}");
    expect(onPublish).toHaveBeenCalledTimes(1);
    expect(onPublish).toHaveBeenCalledWith("First line\nsecond line");
  });

  test("Ctrl+Enter does nothing while Publish is disabled", async () => {
    const user = userEvent.setup();
    const { onPublish } = open();
    await user.click(note());
    await user.keyboard("{Control>}{Enter}{/Control}");
    expect(onPublish).not.toHaveBeenCalled();
  });

  test("the note keeps at most 500 characters", async () => {
    const user = userEvent.setup();
    open();
    await user.click(note());
    await user.paste("x".repeat(600));
    expect((note() as HTMLTextAreaElement).value).toHaveLength(500);
    expect(screen.getByText(/500 \/ 500 characters/)).toBeInTheDocument();
  });

  test("nothing to publish without changes, whatever the note", async () => {
    const user = userEvent.setup();
    open({ changes: [] });
    expect(screen.getByText("No changes since version 3")).toBeInTheDocument();
    await user.type(note(), "Why not");
    expect(publishButton()).toBeDisabled();
    expect(publishButton()).toHaveAccessibleDescription(
      "There is nothing to publish: the working draft is the same as the latest version.",
    );
  });

  test("while busy: inputs and buttons wait, a spinner says why", async () => {
    const user = userEvent.setup();
    const { onPublish, onCancel } = open({ busy: true });
    expect(note()).toBeDisabled();
    expect(publishButton()).toBeDisabled();
    expect(screen.getByRole("button", { name: "Cancel" })).toBeDisabled();
    expect(screen.getByText("Publishing…")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(onCancel).not.toHaveBeenCalled();
    expect(onPublish).not.toHaveBeenCalled();
  });

  test("a failure shows in a message bar, and the note is kept for another try", async () => {
    const user = userEvent.setup();
    const onPublish = jest.fn();
    // The caller publishes, fails and says why; the dialog stays open.
    function Caller() {
      const [error, setError] = useState<string>();
      return (
        <PublishDialog
          open
          version={4}
          changes={changes}
          onPublish={(text) => {
            onPublish(text);
            setError("The versions sheet is protected.");
          }}
          onCancel={jest.fn()}
          error={error}
        />
      );
    }
    renderPane(<Caller />);
    await user.type(note(), "Try");
    await user.click(publishButton());
    expect(screen.getByText("The versions sheet is protected.")).toBeInTheDocument();
    expect(note()).toHaveValue("Try");
    expect(publishButton()).toBeEnabled();
    await user.click(publishButton());
    expect(onPublish.mock.calls).toEqual([["Try"], ["Try"]]);
  });

  test("Cancel and Escape cancel", async () => {
    const user = userEvent.setup();
    const { onCancel } = open();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await user.keyboard("{Escape}");
    expect(onCancel).toHaveBeenCalledTimes(2);
  });

  test("in Chinese", () => {
    const zh = draftOf("zh", ...DRAFT_EDITS);
    const { dialog } = open({ changes: zh.changes, draft: zh.draft }, "zh");
    expect(within(dialog).getByRole("button", { name: "发布" })).toBeDisabled();
    expect(within(dialog).getByText("请填写简短说明后再发布。")).toBeInTheDocument();
    expect(within(dialog).getByText("PREP 权重 30 → 20")).toBeInTheDocument();
  });
});
