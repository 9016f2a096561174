/** @jest-environment jsdom */
// The states before a tab on the evaluations store can show anything: no rubric, the first read under way, a read
// that failed (its reason, and Try again reading again), no evaluation; then the tab with the store's evaluations.
import "@testing-library/jest-dom";
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { EvaluationRecord } from "../../../src/app/read-evaluations";
import { exampleRubric } from "../../../src/rubric/example";
import { EvaluationsGate } from "../../../src/taskpane/evaluations/EvaluationsGate";
import { EvaluationsSnapshot, EvaluationsStore } from "../../../src/taskpane/evaluations/store";
import { SessionProvider } from "../../../src/taskpane/session";
import { hostSession } from "../../support/session";
import { renderPane } from "../render";

const TEXTS = { noRubric: "No rubric", loading: "Reading", readFailed: "Could not read", empty: "Nothing scored" };
const RUBRIC = { rubric: exampleRubric("en"), problems: [] };
const RECORD = { key: "k1", rowIndex: 0, values: {} } as unknown as EvaluationRecord;

/** A store holding `snapshot`, which `refresh` replaces with `next` and tells its listeners. */
function storeOf(snapshot: Partial<EvaluationsSnapshot>, next?: Partial<EvaluationsSnapshot>) {
  let held: EvaluationsSnapshot = {
    evaluations: undefined,
    selectedRows: [],
    failure: null,
    loading: false,
    ...snapshot,
  };
  const listeners = new Set<() => void>();
  const refresh = jest.fn(async () => {
    held = { ...held, ...next };
    listeners.forEach((listener) => listener());
  });
  const store: EvaluationsStore = {
    getSnapshot: () => held,
    subscribe: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
    ensure: async () => undefined,
    refresh,
    invalidate: () => undefined,
    refreshSelection: async () => undefined,
  };
  return { store, refresh };
}

function renderGate(store: EvaluationsStore, rubric: typeof RUBRIC | undefined) {
  const { session } = hostSession({ samples: false });
  return renderPane(
    <SessionProvider session={session}>
      <EvaluationsGate rubric={rubric} evaluations={store} texts={TEXTS}>
        {({ records, draft }) => <p data-testid="open">{`${records.length} of ${draft.id}`}</p>}
      </EvaluationsGate>
    </SessionProvider>,
  );
}

describe("EvaluationsGate", () => {
  test("no rubric, then nothing scored", () => {
    const { store } = storeOf({ evaluations: [RECORD] });
    const { unmount } = renderGate(store, undefined);
    expect(screen.getByText("No rubric")).toBeInTheDocument();
    unmount();
    renderGate(storeOf({ evaluations: [] }).store, RUBRIC);
    expect(screen.getByText("Nothing scored")).toBeInTheDocument();
    expect(screen.queryByTestId("open")).not.toBeInTheDocument();
  });

  test("the first read under way", () => {
    renderGate(storeOf({ loading: true }).store, RUBRIC);
    expect(screen.getByText("Reading")).toBeInTheDocument();
  });

  test("a failed read says why; Try again reads again and opens the tab", async () => {
    const failure = { key: "readEvaluations", message: "The table Evaluations_x is missing." };
    const { store, refresh } = storeOf({ failure }, { failure: null, evaluations: [RECORD] });
    renderGate(store, RUBRIC);
    expect(screen.getByRole("alert")).toHaveTextContent("Could not read");
    expect(screen.getByText(/The table Evaluations_x is missing\./)).toBeInTheDocument();
    await act(() => userEvent.setup().click(screen.getByRole("button", { name: "Try again" })));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId("open")).toHaveTextContent("1 of proactive-visit");
  });
});
