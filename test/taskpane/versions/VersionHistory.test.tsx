/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { VersionHistory, VersionHistoryProps } from "../../../src/taskpane/versions/VersionHistory";
import { renderPane } from "../render";
import { ENTRIES, versionsOf } from "./fixtures";

function show(props: Partial<VersionHistoryProps> = {}, language: "en" | "zh" = "en") {
  renderPane(<VersionHistory versions={versionsOf(language)} entries={ENTRIES} timeZone="UTC" {...props} />, language);
}

const history = () => screen.getByRole("list", { name: "Versions and history, newest first" });
/** The history's own items (not those of a change list opened inside one). */
const rows = () =>
  within(history())
    .getAllByRole("listitem")
    .filter((item) => item.parentElement === history());
const versionRow = (n: number) => document.querySelector(`li[data-version="${n}"]`) as HTMLElement;
/** Normalises the spaces Intl puts in times (a narrow no-break space before PM). */
const text = (element: HTMLElement) => element.textContent!.replace(/\s/g, " ");

describe("VersionHistory", () => {
  test("every version newest first, with the history's entries interleaved by time", () => {
    show({ counts: { 1: 12, 2: 5, 3: 0 } });
    expect(rows().map((row) => row.dataset.version ?? `entry ${row.dataset.entry}`)).toEqual([
      "3",
      "entry 4",
      "entry 3",
      "2",
      "1",
    ]);
    expect(text(rows()[0])).toContain("Version 3Jun 20, 2024, 12:00 PM · by Li Na · 0 evaluations");
    expect(text(rows()[1])).toBe("Version 2 marked stableMay 30, 2024, 12:00 PM");
    expect(text(rows()[2])).toBe("Version 2 applied to 5 evaluationsApr 11, 2024, 12:00 PM · by Wang WeiQ2 visits");
    expect(versionRow(2)).toHaveTextContent("Preparation counts double");
    expect(versionRow(1)).toHaveTextContent("12 evaluations");
    expect(
      within(versionRow(3)).getByText("Jun 20, 2024, 12:00 PM", { normalizer: (s) => s.replace(/\s/g, " ") }),
    ).toHaveAttribute("datetime", "2024-06-20T12:00:00Z");
  });

  test("each version says what kind of change it was against the one before", () => {
    show();
    expect(within(versionRow(1)).getByText("First version")).toBeInTheDocument();
    expect(within(versionRow(2)).getByText("Scoring")).toBeInTheDocument();
    expect(within(versionRow(2)).getByText("2 changes from version 1")).toBeInTheDocument();
    expect(within(versionRow(3)).getByText("Text only")).toBeInTheDocument();
    expect(within(versionRow(3)).getByText("1 change from version 2")).toBeInTheDocument();
  });

  test("a version opens to its changes against the previous version", async () => {
    const user = userEvent.setup();
    show();
    const toggle = within(versionRow(2)).getByRole("button", { name: "Show the changes from version 1" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const changes = within(versionRow(2)).getByRole("list", { name: "Changes from version 1" });
    expect(toggle).toHaveAttribute("aria-controls", changes.parentElement!.id);
    expect(
      within(changes)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "PREP weight 15 → 30Scoring",
      'MAIL1 relabelled "Pre-visit email to the customer" → "Email before the visit"Text only',
    ]);
    await user.click(within(versionRow(2)).getByRole("button", { name: "Hide the changes" }));
    expect(within(versionRow(2)).queryByRole("list")).toBeNull();
  });

  test("compare: the latest two at first, then any two chosen", async () => {
    const user = userEvent.setup();
    show();
    const compare = screen.getByRole("region", { name: "Compare versions" });
    const from = within(compare).getByRole("combobox", { name: "From version" });
    const to = within(compare).getByRole("combobox", { name: "To version" });
    expect(from).toHaveValue("2");
    expect(to).toHaveValue("3");
    const listed = () =>
      within(within(compare).getByRole("list"))
        .getAllByRole("listitem")
        .map((item) => item.textContent);
    expect(listed()).toEqual(['Title changed: "Proactive follow-up visit" → "Follow-up visit"Text only']);

    await user.selectOptions(from, "1");
    expect(within(compare).getByRole("list", { name: "Changes from version 1 to version 3" })).toBeInTheDocument();
    expect(listed()).toEqual([
      "PREP weight 15 → 30Scoring",
      'Title changed: "Proactive follow-up visit" → "Follow-up visit"Text only',
      'MAIL1 relabelled "Pre-visit email to the customer" → "Email before the visit"Text only',
    ]);

    // Backwards: what going from 3 to 1 would change.
    await user.selectOptions(to, "1");
    await user.selectOptions(from, "3");
    expect(listed()[0]).toBe("PREP weight 30 → 15Scoring");

    await user.selectOptions(from, "1");
    expect(
      within(compare).getByText("Choose two different versions to see what changed between them."),
    ).toBeInTheDocument();
    expect(within(compare).queryByRole("list")).toBeNull();
  });

  test("two versions with the same content: the comparison says so", async () => {
    const user = userEvent.setup();
    const [second, first, third] = versionsOf("en");
    const again = {
      ...third,
      version: 4,
      publishedAt: "2024-07-01T12:00:00Z",
      rubric: { ...third.rubric, version: 4 },
    };
    show({ versions: [second, first, third, again] });
    expect(within(versionRow(4)).getByText("Same content as version 3")).toBeInTheDocument();
    const compare = screen.getByRole("region", { name: "Compare versions" });
    expect(within(compare).getByText("No changes between version 3 and version 4")).toBeInTheDocument();
    await user.selectOptions(within(compare).getByRole("combobox", { name: "From version" }), "2");
    expect(within(compare).getAllByRole("listitem")).toHaveLength(1);
  });

  test("each version's actions, only those given", async () => {
    const user = userEvent.setup();
    const onRestore = jest.fn();
    const onApply = jest.fn();
    show({ onRestore, onApply });
    const actions = within(versionRow(2)).getByRole("group", { name: "Actions for version 2" });
    await user.click(within(actions).getByRole("button", { name: "Make this the working draft" }));
    await user.click(within(actions).getByRole("button", { name: "Apply to evaluations…" }));
    expect(onRestore).toHaveBeenCalledWith(2);
    expect(onApply).toHaveBeenCalledWith(2);
    expect(within(actions).queryByRole("button", { name: "Export" })).toBeNull();
  });

  test("no actions without callbacks", () => {
    show();
    expect(screen.queryByRole("group")).toBeNull();
  });

  test("busy: the actions wait", () => {
    show({ onExport: jest.fn(), busy: true });
    expect(within(versionRow(1)).getByRole("button", { name: "Export" })).toBeDisabled();
  });

  test("before the first version", () => {
    show({ versions: [], entries: [] });
    expect(screen.getByText("No version has been published yet.")).toBeInTheDocument();
    expect(screen.queryByRole("list")).toBeNull();
    expect(screen.queryByRole("region", { name: "Compare versions" })).toBeNull();
  });

  test("one version: nothing to compare yet", () => {
    show({ versions: versionsOf("en").filter((v) => v.version === 1) });
    expect(screen.getByText("Comparing needs two published versions.")).toBeInTheDocument();
  });

  test("in Chinese: dates, counts, entries and changes", async () => {
    const user = userEvent.setup();
    show({ counts: { 2: 5 } }, "zh");
    const list = screen.getByRole("list", { name: "版本与历史记录（最新的在前）" });
    const own = within(list).getAllByRole("listitem");
    expect(own[0]).toHaveTextContent("第 3 版2024年6月20日 12:00 · 操作人：Li Na");
    expect(own[2]).toHaveTextContent("第 2 版已应用到 5 条评价记录");
    expect(versionRow(2)).toHaveTextContent("5 条评价记录");
    expect(within(versionRow(2)).getByText("计分")).toBeInTheDocument();
    await user.click(within(versionRow(2)).getByRole("button", { name: "显示相对第 1 版的更改" }));
    expect(within(versionRow(2)).getByText("PREP 权重 15 → 30")).toBeInTheDocument();
    const compare = screen.getByRole("region", { name: "比较版本" });
    expect(within(compare).getByText("标题已修改：“主动回访流程” → “回访流程”")).toBeInTheDocument();
  });
});
