import { exampleRubric } from "../../src/rubric/example";
import { finalise, markStable, refuseWhileFinal, reopen } from "../../src/rubric/status";
import { HistoryEntry, RubricHistory } from "../../src/rubric/version";

const at = "2026-05-04T10:00:00Z";
const published = (entry: number, version: number): HistoryEntry => ({
  entry,
  at,
  action: "publish",
  version,
  note: "n",
  by: "",
  rows: 0,
});
const history: RubricHistory = {
  versions: [1, 2].map((version) => ({
    version,
    publishedAt: at,
    note: "n",
    checksum: "sha256:test",
    rubric: { ...exampleRubric("en"), version },
  })),
  entries: [published(1, 1), published(3, 2)],
  moves: [],
};
const empty: RubricHistory = { versions: [], entries: [], moves: [] };

describe("status moves", () => {
  test("mark stable: a draft, the latest version, the next entry number", () => {
    expect(markStable(history, "draft", 0, { at, note: "  held  ", by: "Li" })).toEqual({
      status: "stable",
      entry: { entry: 4, at, action: "stable", version: 2, note: "held", by: "Li", rows: 0 },
    });
    expect(() => markStable(history, "stable", 0, { at })).toThrow("the rubric is already marked stable");
    expect(() => markStable(history, "final", 0, { at })).toThrow("the rubric is final: reopen it to mark it stable");
    expect(() => markStable(empty, "draft", 0, { at })).toThrow(
      "no version is published yet: publish one before marking the rubric stable",
    );
    expect(() => markStable(history, "draft", 2, { at })).toThrow(
      "the working draft has 2 unpublished changes: publish or discard them before marking the rubric stable",
    );
  });

  test("finalise: from a draft or stable, with no draft change", () => {
    for (const status of ["draft", "stable"] as const) {
      expect(finalise(history, status, 0, { at })).toEqual({
        status: "final",
        entry: { entry: 4, at, action: "finalise", version: 2, note: "", by: "", rows: 0 },
      });
    }
    expect(() => finalise(history, "final", 0, { at })).toThrow("the rubric is already final");
    expect(() => finalise(history, "draft", 1, { at })).toThrow(
      "the working draft has 1 unpublished change: publish or discard them before finalising",
    );
    expect(() => finalise(empty, "draft", 0, { at })).toThrow("no version is published yet");
    expect(() => finalise(history, "draft", 0, { at, note: "x".repeat(501) })).toThrow(
      "the note is 501 characters, over 500",
    );
  });

  test("reopen: only a final rubric, back to draft", () => {
    expect(reopen(history, "final", { at, note: "new term" })).toMatchObject({
      status: "draft",
      entry: { action: "reopen", version: 2, note: "new term" },
    });
    expect(() => reopen(history, "stable", { at })).toThrow(
      "the rubric is not final (its status is stable): nothing to reopen",
    );
  });

  test("refuseWhileFinal names what reopening allows", () => {
    expect(() => refuseWhileFinal("final", "publish a new version")).toThrow(
      "the rubric is final: reopen it to publish a new version",
    );
    expect(() => refuseWhileFinal("stable", "publish a new version")).not.toThrow();
    expect(() => refuseWhileFinal(undefined, "publish a new version")).not.toThrow();
  });
});
