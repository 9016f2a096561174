/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { DatedEvaluation } from "../../../src/rubric/stability";
import { RubricVersion } from "../../../src/rubric/version";
import { VersionTimeline } from "../../../src/taskpane/versions/VersionTimeline";
import { renderPane } from "../render";
import { versionsOf } from "./fixtures";

// Versions (fixtures): 1 on 5 March 2024 (the first), 2 on 10 April 2024 (scoring), 3 on 20 June 2024 (text only).
const VERSIONS = versionsOf("en");

const on = (date: DatedEvaluation["date"], version: number | null): DatedEvaluation => ({ date, version });
/** `n` ISO days from `from`, `step` days apart. */
const every = (from: string, n: number, step: number) =>
  Array.from({ length: n }, (_, i) => new Date(Date.parse(from) + i * step * 86_400_000).toISOString().slice(0, 10));

const EVALUATIONS: DatedEvaluation[] = [
  // Version 1: five, 6 March to 12 April.
  ...["2024-03-06", "2024-03-12", "2024-03-19", "2024-04-09", "2024-04-12"].map((d) => on(d, 1)),
  // Version 2: twenty dated every other day from 11 April to 19 May, and two without a date: 22.
  ...every("2024-04-11", 20, 2).map((d) => on(new Date(`${d}T10:00:00Z`), 2)),
  on(null, 2),
  on("", 2),
  // Version 3: ten Excel date serials, 45463 (20 June) to 45472 (29 June).
  ...Array.from({ length: 10 }, (_, i) => on(45463 + i, 3)),
  // Off the axis: a version never published, and none.
  on("2024-05-01", 7),
  on("2024-06-01T08:00:00Z", null),
];

function show(versions: readonly RubricVersion[] = VERSIONS, evaluations = EVALUATIONS, language: "en" | "zh" = "en") {
  renderPane(<VersionTimeline versions={versions} evaluations={evaluations} />, language);
}

const entries = (name = "Versions on the timeline") =>
  within(screen.getByRole("list", { name }))
    .getAllByRole("listitem")
    .map((item) => item.textContent);
const group = (version: number) => document.querySelector(`g[data-version="${version}"]`) as SVGGElement;
const numberOf = (element: Element | null, attribute: string) => Number(element!.getAttribute(attribute));

describe("VersionTimeline", () => {
  test("each version, in words for screen readers: when, what kind, how many evaluations and their dates", () => {
    show();
    expect(entries()).toEqual([
      "Version 1, published March 5, 2024, first version, 5 evaluations from March 6, 2024 to April 12, 2024",
      "Version 2, published April 10, 2024, scoring change, 22 evaluations from April 11, 2024 to May 19, 2024, 2 of them without a date",
      "Version 3, published June 20, 2024, text-only change, 10 evaluations from June 20, 2024 to June 29, 2024",
    ]);
    expect(screen.getByText("1 evaluation names a version that does not exist")).toBeInTheDocument();
    expect(screen.getByText("1 evaluation has no version")).toBeInTheDocument();
  });

  test("the drawing: fits any width, markers on the axis by day, filled for scoring, bars by count", () => {
    show();
    const drawing = screen.getByRole("img", {
      name: "Timeline of 3 versions, from March 5, 2024 to June 29, 2024",
    });
    expect(drawing).toHaveAttribute("width", "100%");
    expect(drawing.getAttribute("viewBox")).toMatch(/^0 0 320 \d+$/);
    const markers = [1, 2, 3].map((v) => group(v).querySelector("circle"));
    expect(markers.map((m) => m!.getAttribute("data-marker"))).toEqual(["scoring", "scoring", "text"]);
    // The axis runs from 12 to 308 over 116 days (5 March to 29 June): 10 April is day 36, 20 June day 107.
    expect(numberOf(markers[0], "cx")).toBe(12);
    expect(numberOf(markers[1], "cx")).toBeCloseTo(12 + (36 / 116) * 296, 5);
    expect(numberOf(markers[2], "cx")).toBeCloseTo(12 + (107 / 116) * 296, 5);
    // Each version's evaluations: 5, 22 and 10; the most (22) get the thickest bar.
    expect([1, 2, 3].map((v) => group(v).dataset.evaluations)).toEqual(["5", "22", "10"]);
    const thickness = [1, 2, 3].map((v) => numberOf(group(v).querySelector("rect[data-bar]"), "height"));
    expect(thickness[1]).toBe(Math.max(...thickness));
    expect(thickness[0]).toBeLessThan(thickness[2]);
    // Version 3's bar spans 20 to 29 June: 9 days of 116.
    expect(numberOf(group(3).querySelector("rect"), "width")).toBeCloseTo((9 / 116) * 296, 5);
    expect(within(group(2) as unknown as HTMLElement).getByText("v2 · 22")).toBeInTheDocument();
    expect(screen.getByText("Mar 5, 2024")).toHaveAttribute("data-end", "start");
    expect(screen.getByText("Jun 29, 2024")).toHaveAttribute("data-end", "end");
  });

  test("a legend says what the marks mean", () => {
    show();
    const legend = within(screen.getByRole("list", { name: "Legend" }));
    expect(legend.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Scoring change (or the first version)",
      "Text-only change",
      "Evaluations scored under the version, first to last date (thicker: more)",
    ]);
  });

  test("a version with no evaluations, one with a single day", () => {
    show(VERSIONS, [on("2024-04-12", 2), on("2024-04-12T18:00:00Z", 2), on("2024-07-01", 3), on(null, 3)]);
    expect(entries()).toEqual([
      "Version 1, published March 5, 2024, first version, no evaluations",
      "Version 2, published April 10, 2024, scoring change, 2 evaluations on April 12, 2024",
      "Version 3, published June 20, 2024, text-only change, 2 evaluations on July 1, 2024, 1 of them without a date",
    ]);
    expect(group(1).querySelector("rect")).toBeNull();
    expect(screen.queryByText(/does not exist|has no version|have no version/)).toBeNull();
  });

  test("before the first version: said so, and the evaluations that name one", () => {
    show([], [on("2024-04-12", 1), on("2024-04-13", 2), on("2024-04-14", null), on(null, null)]);
    expect(
      screen.getByText("No version has been published yet: the timeline starts with the first version."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.getByText("2 evaluations name a version that does not exist")).toBeInTheDocument();
    expect(screen.getByText("2 evaluations have no version")).toBeInTheDocument();
  });

  test("versions that cannot be compared: said so", () => {
    const [second, first] = VERSIONS;
    const prep = second.rubric.criteria[0];
    const broken = {
      ...second,
      rubric: { ...second.rubric, criteria: [...second.rubric.criteria, { ...prep, id: "prep" }] },
    };
    show([first, broken]);
    expect(
      screen.getByText("The timeline cannot be drawn: criterion id prep repeats (ids ignore case)"),
    ).toBeInTheDocument();
  });

  test("in Chinese", () => {
    show(versionsOf("zh"), EVALUATIONS, "zh");
    expect(entries("时间线上的版本")[1]).toBe(
      "第 2 版，发布于 2024年4月10日，计分更改，22 条评价记录，日期从 2024年4月11日 到 2024年5月19日，其中 2 条没有日期",
    );
    expect(screen.getByRole("img", { name: "3 个版本的时间线，从 2024年3月5日 到 2024年6月29日" })).toBeInTheDocument();
    expect(screen.getByText("1 条评价记录所填的版本不存在")).toBeInTheDocument();
  });
});
