/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DraftChanges, DraftChangesProps } from "../../../src/taskpane/versions/DraftChanges";
import { renderPane } from "../render";
import { DRAFT_EDITS, draftOf } from "./fixtures";

const { draft, changes } = draftOf("en", ...DRAFT_EDITS);

function show(props: Partial<DraftChangesProps> = {}, language: "en" | "zh" = "en") {
  const onPublish = jest.fn();
  const onDiscard = jest.fn();
  renderPane(
    <DraftChanges latest={3} changes={changes} draft={draft} onPublish={onPublish} onDiscard={onDiscard} {...props} />,
    language,
  );
  return { onPublish, onDiscard };
}

describe("DraftChanges", () => {
  test("the unpublished changes, counted and worded", () => {
    show();
    const block = screen.getByRole("region", { name: "Unpublished changes (2)" });
    const items = within(within(block).getByRole("list")).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "PREP weight 30 → 20Scoring",
      'Title changed: "Follow-up visit" → "Visit"Text only',
    ]);
  });

  test("Publish… asks the caller to open the dialog", async () => {
    const user = userEvent.setup();
    const { onPublish, onDiscard } = show();
    await user.click(screen.getByRole("button", { name: "Publish…" }));
    expect(onPublish).toHaveBeenCalledTimes(1);
    expect(onDiscard).not.toHaveBeenCalled();
  });

  test("Discard asks first; keeping the changes calls nothing, confirming discards", async () => {
    const user = userEvent.setup();
    const { onDiscard } = show();
    await user.click(screen.getByRole("button", { name: "Discard draft changes" }));
    const confirm = await screen.findByRole("alertdialog", { name: "Discard the draft changes?" });
    expect(confirm).toHaveAccessibleDescription(
      "Restore the working tables from version 3? Evaluations are not touched.",
    );
    await user.click(within(confirm).getByRole("button", { name: "Keep them" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(onDiscard).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Discard draft changes" }));
    await user.click(screen.getByRole("button", { name: "Discard changes" }));
    expect(onDiscard).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  test("keyboard: Enter opens the confirmation, Escape keeps the changes", async () => {
    const user = userEvent.setup();
    const { onDiscard } = show();
    // (Fluent's focus manager adds its own tab stops, which jsdom's tabbing does not skip: focus is set directly.)
    screen.getByRole("button", { name: "Discard draft changes" }).focus();
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("alertdialog")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(onDiscard).not.toHaveBeenCalled();
  });

  test("without changes: the draft is the latest version as published, nothing to press", () => {
    show({ changes: [] });
    expect(screen.getByRole("region", { name: "Unpublished changes (0)" })).toBeInTheDocument();
    expect(screen.getByText("The working draft is version 3 as published.")).toBeInTheDocument();
    expect(screen.queryByRole("button")).toBeNull();
  });

  test("disabled: both buttons wait and the reason is shown", () => {
    show({ disabled: true, disabledReason: "The rubric has problems: fix them first." });
    for (const name of ["Publish…", "Discard draft changes"]) {
      const button = screen.getByRole("button", { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription("The rubric has problems: fix them first.");
    }
  });

  test("busy: buttons wait, a spinner says so", () => {
    show({ busy: true });
    expect(screen.getByRole("button", { name: "Publish…" })).toBeDisabled();
    expect(screen.getByText("Working…")).toBeInTheDocument();
  });

  test("in Chinese", async () => {
    const user = userEvent.setup();
    const zh = draftOf("zh", ...DRAFT_EDITS);
    const { onDiscard } = show({ changes: zh.changes, draft: zh.draft }, "zh");
    const block = screen.getByRole("region", { name: "未发布的更改（2）" });
    expect(within(block).getByText("PREP 权重 30 → 20")).toBeInTheDocument();
    expect(within(block).getByText("计分")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "放弃草稿更改" }));
    expect(screen.getByRole("alertdialog")).toHaveAccessibleDescription(
      "要从第 3 版恢复工作表格吗？评价记录不受影响。",
    );
    await user.click(screen.getByRole("button", { name: "放弃更改" }));
    expect(onDiscard).toHaveBeenCalledTimes(1);
  });
});
