import { scoreEvaluation } from "../../../src/app/score-evaluation";
import { createEvaluationsStore } from "../../../src/taskpane/evaluations/store";
import { exampleHost, selectAreas, syncsOf } from "../../support/host-helpers";
import { EVALUATIONS_SHEET, hostSession, valueOf } from "../../support/session";
import { sampleRows } from "../../workbook/sample";

jest.setTimeout(60_000);

async function storeOver(rows: number) {
  const host = await exampleHost(sampleRows(rows));
  const workbook = hostSession({ host });
  return { ...workbook, store: createEvaluationsStore(workbook.session) };
}

describe("the evaluations store", () => {
  it("reads the evaluations once for every tab that asks, until the pane changes them", async () => {
    const { store, host, session } = await storeOver(400);
    const first = await syncsOf(host, () => Promise.all([store.ensure(), store.ensure()]));
    expect(first).toBeGreaterThan(0);
    expect(store.getSnapshot().evaluations).toHaveLength(400);
    // A second tab asking later costs nothing.
    expect(await syncsOf(host, () => store.ensure())).toBe(0);

    // The pane saves a score: the store reads again on the next ask, and holds the change.
    valueOf(
      await scoreEvaluation(
        session,
        { rubricId: "proactive-visit", key: store.getSnapshot().evaluations![2].key, rowIndex: 2 },
        { values: { PREP: 10 }, comment: "" },
      ),
    );
    store.invalidate();
    expect(await syncsOf(host, () => store.ensure())).toBe(first);
    expect(store.getSnapshot().evaluations?.[2].values.PREP).toBe(10);
  });

  it("reads again at once when a tab is showing the evaluations", async () => {
    const { store } = await storeOver(3);
    await store.ensure();
    const seen: number[] = [];
    const stop = store.subscribe(() => seen.push(store.getSnapshot().evaluations?.length ?? -1));
    store.invalidate();
    expect(store.getSnapshot().loading).toBe(true);
    await store.ensure(); // the read under way
    expect(store.getSnapshot()).toMatchObject({ loading: false, failure: null });
    expect(seen.at(-1)).toBe(3);
    stop();
  });

  it("follows the selection with a small read", async () => {
    const { store, host } = await storeOver(5);
    await store.ensure();
    expect(store.getSnapshot().selectedRows).toEqual([]);
    selectAreas(host, EVALUATIONS_SHEET, ["A5:A6"]);
    const syncs = await syncsOf(host, () => store.refreshSelection());
    expect(store.getSnapshot().selectedRows).toEqual([1, 2]);
    expect(syncs).toBeLessThanOrEqual(4);
  });

  it("keeps what it held when a read fails, says why, and reads again only when asked", async () => {
    const { store, session } = await storeOver(3);
    await store.ensure();
    const held = store.getSnapshot().evaluations;
    session.run = () => Promise.reject(new Error("The sheet is protected."));
    await store.refresh();
    expect(store.getSnapshot()).toMatchObject({
      evaluations: held,
      failure: { key: "readEvaluations", message: "The sheet is protected." },
    });
    let runs = 0;
    session.run = () => {
      runs++;
      return Promise.reject(new Error("again"));
    };
    await store.ensure();
    expect(runs).toBe(0);
  });
});
