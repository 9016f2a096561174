/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { ChangeList } from "../../../src/taskpane/versions/ChangeList";
import { renderPane } from "../render";
import { DRAFT_EDITS, draftOf } from "./fixtures";

describe("ChangeList", () => {
  test("each change worded in one line with its impact in words, scoring changes first", () => {
    const { draft, changes } = draftOf("en", ...DRAFT_EDITS);
    // The diff lists the title first; the list puts the scoring change first.
    expect(changes.map((c) => c.impact)).toEqual(["text", "scoring"]);
    renderPane(<ChangeList changes={changes} to={draft} since={3} />);
    const list = screen.getByRole("list", { name: "Changes" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "PREP weight 30 → 20Scoring",
      'Title changed: "Follow-up visit" → "Visit"Text only',
    ]);
    expect(within(items[0]).getByText("Scoring")).toBeInTheDocument();
    expect(within(items[1]).getByText("Text only")).toBeInTheDocument();
  });

  test("bands are named by their From when the later rubric is given", () => {
    const { draft, changes } = draftOf("en", { type: "set-band-field", index: 3, field: "points", value: 2.5 });
    const { unmount } = renderPane(<ChangeList changes={changes} to={draft} />);
    expect(screen.getByRole("listitem")).toHaveTextContent("Band 85 points 2 → 2.5Scoring");
    unmount();
    renderPane(<ChangeList changes={changes} />);
    expect(screen.getByRole("listitem")).toHaveTextContent("Band at position 4 points 2 → 2.5Scoring");
  });

  test("an honest empty state", () => {
    const { unmount } = renderPane(<ChangeList changes={[]} since={3} />);
    expect(screen.getByText("No changes since version 3")).toBeInTheDocument();
    expect(screen.queryByRole("list")).toBeNull();
    unmount();
    renderPane(<ChangeList changes={[]} />);
    expect(screen.getByText("No changes")).toBeInTheDocument();
  });

  test("in Chinese: the domain's Chinese wording and badges", () => {
    const { draft, changes } = draftOf("zh", ...DRAFT_EDITS);
    renderPane(<ChangeList changes={changes} to={draft} />, "zh");
    const items = within(screen.getByRole("list", { name: "更改" })).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "PREP 权重 30 → 20计分",
      "标题已修改：“回访流程” → “Visit”仅文字",
    ]);
  });
});
