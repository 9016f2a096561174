// What publishing a version costs: the context.sync() calls of publishVersion on the simulated host, for an
// evaluations table of 100 and of 10,000 rows (a fixed number, whatever the rows), and the same for applying a
// version to every evaluation. And how long the host takes to recalculate every Total once a version is applied
// to all rows (for our own regressions: real Excel calculates its own way).
import { applyVersionTo } from "../src/app/apply-version";
import { publishVersion } from "../src/app/publish-version";
import { workbookSession } from "../src/app/session";
import { EvaluationInput } from "../src/rubric/evaluation";
import { exampleRubric } from "../src/rubric/example";
import { createRubric } from "../src/workbook/create";
import { createSimulatedHost } from "../test/host";

type Emit = (figure: Record<string, unknown>) => void;

const SIZES = [100, 10_000] as const;

function evaluations(rows: number): EvaluationInput[] {
  const criteria = exampleRubric("en").criteria;
  return Array.from({ length: rows }, (_, i) => ({
    person: `Engineer ${i % 40}`,
    values: Object.fromEntries(criteria.map((c, j) => [c.id, (i + j) % 3 === 0 ? c.max : Math.floor(c.max / 2)])),
  }));
}

async function measure(rows: number) {
  const host = createSimulatedHost();
  await host.run((context) =>
    createRubric(context, exampleRubric("en"), { language: "en", evaluations: evaluations(rows) }),
  );
  const session = workbookSession({ language: "en", run: (op) => host.run(op), subscribe: async () => () => 0 });
  host.model.select("proactive-visit evaluations", [{ row: 3, column: 5, rows: 1, columns: 1 }]);
  // A weight edited in the working criteria table (row 11 of the rubric sheet, the Weight column E).
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("proactive-visit rubric").getRange("E11").values = [[30]];
    await context.sync();
  });
  const syncsOf = async (run: () => Promise<{ ok: boolean }>) => {
    const from = host.journal.syncs.length;
    const outcome = await run();
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    return host.journal.syncs.length - from;
  };
  const publish = await syncsOf(() => publishVersion(session, { note: "bench" }));
  const start = performance.now();
  const apply = await syncsOf(() => applyVersionTo(session, { version: 2, scope: { all: true }, note: "bench" }));
  const applyMs = performance.now() - start;
  return { publish, apply, applyMs };
}

export async function benchVersions(emit: Emit, log: (m: string) => void): Promise<void> {
  const publish: Record<string, unknown> = { name: "versions.publish.syncs" };
  const apply: Record<string, unknown> = { name: "versions.apply.syncs" };
  for (const rows of SIZES) {
    log(`versions: ${rows} evaluation rows`);
    const figures = await measure(rows);
    publish[`rows${rows}`] = figures.publish;
    apply[`rows${rows}`] = figures.apply;
    apply[`host_ms_rows${rows}`] = Math.round(figures.applyMs);
  }
  emit({ ...publish, note: "context.sync() calls of publishVersion (read, decide, write, read back)" });
  emit({ ...apply, note: "context.sync() calls of applying the new version to every evaluation" });
}
