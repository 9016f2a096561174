/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DatedEvaluation } from "../../../src/rubric/stability";
import { StabilityCard, StabilityCardProps } from "../../../src/taskpane/versions/StabilityCard";
import { renderPane } from "../render";
import { versionsOf } from "./fixtures";

// Versions (fixtures): 1 on 5 March 2024, 2 on 10 April 2024 (changes PREP's weight: scoring), 3 on 20 June 2024
// (changes only the title: it does not reset the clock). The clock runs from 10 April.
const VERSIONS = versionsOf("en");
const TODAY = new Date("2024-06-30T09:00:00Z"); // 81 days after 10 April: 11 whole weeks

const on = (date: DatedEvaluation["date"], version: number | null): DatedEvaluation => ({ date, version });
/** `n` ISO days from `from`, `step` days apart. */
const every = (from: string, n: number, step: number) =>
  Array.from({ length: n }, (_, i) => new Date(Date.parse(from) + i * step * 86_400_000).toISOString().slice(0, 10));

// Dated on or after 10 April, whatever version they name: 1 + 20 + 10 + 1 + 1 = 33; 2 without a date.
const EVALUATIONS: DatedEvaluation[] = [
  // Under version 1: four before version 2, one scored late (12 April: counted).
  ...["2024-03-06", "2024-03-12", "2024-03-19", "2024-04-09", "2024-04-12"].map((d) => on(d, 1)),
  // Under version 2: twenty, every other day from 11 April to 19 May (as Date objects), and two without a date.
  ...every("2024-04-11", 20, 2).map((d) => on(new Date(`${d}T10:00:00Z`), 2)),
  on(null, 2),
  on("", 2),
  // Under version 3: ten Excel date serials, 45463 (20 June) to 45472 (29 June).
  ...Array.from({ length: 10 }, (_, i) => on(45463 + i, 3)),
  on("2024-05-01", 7),
  on("2024-06-01T08:00:00Z", null),
];

function show(props: Partial<StabilityCardProps> = {}, language: "en" | "zh" = "en") {
  const onMarkStable = jest.fn();
  renderPane(
    <StabilityCard
      versions={VERSIONS}
      evaluations={EVALUATIONS}
      today={TODAY}
      status="draft"
      onMarkStable={onMarkStable}
      {...props}
    />,
    language,
  );
  return { onMarkStable, card: screen.getByRole("region", { name: language === "en" ? "Stability" : "稳定性" }) };
}

const bar = (name: string) => screen.getByRole("progressbar", { name });
const markStable = () => screen.queryByRole("button", { name: "Mark stable" });

describe("StabilityCard", () => {
  test("the rule holds on a draft: the measures, the rule, full progress and the suggestion", async () => {
    const user = userEvent.setup();
    const { onMarkStable, card } = show();
    expect(within(card).getByText("Last scoring change: version 2 on April 10, 2024")).toBeInTheDocument();
    expect(within(card).getByText("33 evaluations over 11 weeks since")).toBeInTheDocument();
    expect(
      within(card).getByText("Stable after 8 weeks and 30 evaluations without a scoring change"),
    ).toBeInTheDocument();
    expect(bar("8 of 8 weeks")).toHaveAttribute("aria-valuenow", "8");
    expect(bar("8 of 8 weeks")).toHaveAttribute("aria-valuemax", "8");
    expect(bar("30 of 30 evaluations")).toHaveAttribute("aria-valuenow", "30");
    expect(within(card).queryByText(/Still to go/)).toBeNull();
    expect(within(card).getByText("2 evaluations without a date are not counted")).toBeInTheDocument();
    expect(within(card).getByText("The rubric has held still: mark it stable?")).toBeInTheDocument();
    await user.click(markStable()!);
    expect(onMarkStable).toHaveBeenCalledTimes(1);
  });

  test("not yet: how far along and what is still to go, no suggestion", () => {
    // Today 15 May: 35 days after 10 April, 5 weeks. Twelve evaluations since (10 April to 13 May), three before.
    const evaluations = [
      ...["2024-03-06", "2024-03-20", "2024-04-09"].map((d) => on(d, 1)),
      ...every("2024-04-10", 12, 3).map((d) => on(d, 2)),
    ];
    show({
      versions: VERSIONS.filter((v) => v.version <= 2),
      evaluations,
      today: new Date("2024-05-15T23:59:00Z"),
    });
    expect(screen.getByText("Last scoring change: version 2 on April 10, 2024")).toBeInTheDocument();
    expect(screen.getByText("12 evaluations over 5 weeks since")).toBeInTheDocument();
    expect(bar("5 of 8 weeks")).toHaveAttribute("aria-valuenow", "5");
    expect(bar("12 of 30 evaluations")).toHaveAttribute("aria-valuenow", "12");
    expect(bar("12 of 30 evaluations")).toHaveAttribute("aria-valuemax", "30");
    expect(screen.getByText("Still to go: 3 weeks and 18 evaluations")).toBeInTheDocument();
    expect(screen.queryByText(/without a date/)).toBeNull();
    expect(screen.queryByText("The rubric has held still: mark it stable?")).toBeNull();
    expect(markStable()).toBeNull();
  });

  test("a rule of its own, counted from the first version; one measure met, one to go", () => {
    // Only version 1 (5 March); today 19 March: 14 days, 2 weeks; one evaluation since.
    show({
      versions: VERSIONS.filter((v) => v.version === 1),
      evaluations: [on("2024-03-06", 1)],
      rule: { weeks: 1, evaluations: 2 },
      today: new Date("2024-03-19T12:00:00Z"),
    });
    expect(screen.getByText("Last scoring change: version 1 on March 5, 2024")).toBeInTheDocument();
    expect(screen.getByText("1 evaluation over 2 weeks since")).toBeInTheDocument();
    expect(screen.getByText("Stable after 1 week and 2 evaluations without a scoring change")).toBeInTheDocument();
    expect(bar("1 of 1 week")).toHaveAttribute("aria-valuenow", "1");
    expect(bar("1 of 2 evaluations")).toHaveAttribute("aria-valuenow", "1");
    expect(screen.getByText("Still to go: 1 evaluation")).toBeInTheDocument();
    expect(markStable()).toBeNull();
  });

  test("no button without a callback", () => {
    show({ onMarkStable: undefined });
    expect(screen.getByText("The rubric has held still: mark it stable?")).toBeInTheDocument();
    expect(markStable()).toBeNull();
  });

  test("busy: the button waits", () => {
    show({ busy: true });
    expect(markStable()).toBeDisabled();
    expect(screen.getByText("Working…")).toBeInTheDocument();
  });

  test("already stable or final: said so, no suggestion", () => {
    show({ status: "stable" });
    expect(screen.getByText("The rubric is marked stable.")).toBeInTheDocument();
    expect(screen.getByText("33 evaluations over 11 weeks since")).toBeInTheDocument();
    expect(screen.queryByText("The rubric has held still: mark it stable?")).toBeNull();
    expect(markStable()).toBeNull();
  });

  test("final", () => {
    show({ status: "final" });
    expect(screen.getByText("The rubric is final.")).toBeInTheDocument();
    expect(markStable()).toBeNull();
  });

  test("before the first version: nothing measured, the rule still read", () => {
    const { card } = show({ versions: [] });
    expect(
      within(card).getByText(
        "No version has been published yet: stability is counted from the last scoring change, so it starts with the first version.",
      ),
    ).toBeInTheDocument();
    expect(
      within(card).getByText("Stable after 8 weeks and 30 evaluations without a scoring change"),
    ).toBeInTheDocument();
    expect(within(card).queryByRole("progressbar")).toBeNull();
    expect(within(card).queryByText(/Last scoring change/)).toBeNull();
    expect(markStable()).toBeNull();
  });

  test("a last scoring change whose date cannot be read: nothing counted", () => {
    const [first] = VERSIONS.filter((v) => v.version === 1);
    show({ versions: [{ ...first, publishedAt: "sometime in March" }] });
    expect(
      screen.getByText("Last scoring change: version 1, whose publication date cannot be read: nothing is counted."),
    ).toBeInTheDocument();
    expect(screen.queryByText(/since$/)).toBeNull();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(markStable()).toBeNull();
  });

  test("today defaults to now", () => {
    jest.useFakeTimers({ now: TODAY, doNotFake: ["nextTick", "setImmediate", "setTimeout", "setInterval"] });
    try {
      show({ today: undefined });
      expect(screen.getByText("33 evaluations over 11 weeks since")).toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });

  test("in Chinese", () => {
    const { card } = show({ versions: versionsOf("zh") }, "zh");
    expect(within(card).getByText("最近一次计分更改：第 2 版，2024年4月10日")).toBeInTheDocument();
    expect(within(card).getByText("此后 11 周内共 33 条评价记录")).toBeInTheDocument();
    expect(within(card).getByText("经过 8 周且 30 条评价记录没有计分更改，即为稳定")).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "8 / 8 周" })).toBeInTheDocument();
    expect(within(card).getByText("2 条没有日期的评价记录未计入")).toBeInTheDocument();
    expect(within(card).getByRole("button", { name: "标记为稳定" })).toBeInTheDocument();
  });
});
