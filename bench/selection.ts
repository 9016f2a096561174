// What one selection change costs the pane: the context.sync() calls (round trips to Excel) of the read it makes,
// readSelection, on the simulated host, for a small and a large evaluations table. `before_*` is what it cost when
// the pane read the rubric and the selected evaluation separately (readRubric + readSelectedEvaluation).
import { readRubric } from "../src/app/read-rubric";
import { readSelectedEvaluation } from "../src/app/read-selected-evaluation";
import { readSelection } from "../src/app/read-selection";
import { workbookSession } from "../src/app/session";
import { EvaluationInput } from "../src/rubric/evaluation";
import { exampleRubric } from "../src/rubric/example";
import { createRubric } from "../src/workbook/create";
import { createSimulatedHost } from "../test/host";

type Emit = (figure: Record<string, unknown>) => void;

const SIZES = [10, 10_000] as const;

function evaluations(rows: number): EvaluationInput[] {
  const criteria = exampleRubric("en").criteria;
  return Array.from({ length: rows }, (_, i) => ({
    person: `Engineer ${i % 40}`,
    values: Object.fromEntries(criteria.map((c, j) => [c.id, (i + j) % 2 === 0 ? c.max : 0])),
  }));
}

/** Syncs and loaded bytes of `read` with the active cell in the middle data row of `rows`. */
async function measure(rows: number) {
  const host = createSimulatedHost();
  await host.run((context) =>
    createRubric(context, exampleRubric("en"), { language: "en", evaluations: evaluations(rows) }),
  );
  const session = workbookSession({ language: "en", run: (op) => host.run(op), subscribe: async () => () => 0 });
  host.model.select("proactive-visit evaluations", [{ row: 3 + Math.floor(rows / 2), column: 5, rows: 1, columns: 1 }]);
  const cost = async (read: () => Promise<unknown>) => {
    const from = host.journal.syncs.length;
    await read();
    const syncs = host.journal.syncs.slice(from);
    return { syncs: syncs.length, bytes: syncs.reduce((sum, s) => sum + s.loadedBytes, 0) };
  };
  const after = await cost(() => readSelection(session));
  const before = await cost(async () => {
    await readRubric(session);
    await readSelectedEvaluation(session);
  });
  return { after, before };
}

export async function benchSelection(emit: Emit, log: (m: string) => void): Promise<void> {
  const figure: Record<string, unknown> = { name: "selection.syncs" };
  for (const rows of SIZES) {
    log(`selection: ${rows} evaluation rows`);
    const { after, before } = await measure(rows);
    figure[`rows${rows}`] = after.syncs;
    figure[`before_rows${rows}`] = before.syncs;
    figure[`loaded_bytes_rows${rows}`] = after.bytes;
  }
  emit({ ...figure, note: "context.sync() calls per selection change (the pane's one debounced read)" });
}
