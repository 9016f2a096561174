// The simulated Excel host (test/host): how long its HyperFormula calculation takes to bring 10,000 evaluation rows
// up to date after one weight is typed, as the example rubric's sheet holds them. For our own regressions only:
// real Excel calculates differently (faster or slower); this says whether the preview and the e2e tests stay usable.
import { exampleRubric } from "../src/rubric/example";
import { EvaluationInput } from "../src/rubric/evaluation";
import { createRubric } from "../src/workbook/create";
import { readEvaluations } from "../src/workbook/evaluations";
import { createSimulatedHost } from "../test/host";

type Emit = (figure: Record<string, unknown>) => void;

const ROWS = Number(process.env.BENCH_HOST_ROWS ?? 10_000);
const CHANGES = 7;

/** Evaluations with every criterion scored from its levels, seeded. */
function evaluations(random: () => number): EvaluationInput[] {
  const criteria = exampleRubric("en").criteria;
  return Array.from({ length: ROWS }, (_, i) => ({
    person: `Engineer ${i % 40}`,
    values: Object.fromEntries(
      criteria.map((c) => {
        const levels = c.levels?.map((l) => l.points) ?? [0, c.max];
        return [c.id, levels[Math.floor(random() * levels.length)]];
      }),
    ),
  }));
}

export async function benchHost(emit: Emit, log: (m: string) => void, random: () => number): Promise<void> {
  const host = createSimulatedHost();
  log(`host: creating the example rubric with ${ROWS} evaluations`);
  const created = performance.now();
  await host.run((context) =>
    createRubric(context, exampleRubric("en"), { language: "en", evaluations: evaluations(random) }),
  );
  const createMs = performance.now() - created;

  const table = host.model.table("Evaluations_proactive_visit");
  const totalColumn = table.box.column + table.headers().indexOf("Total");
  const readTotals = () => {
    let numbers = 0;
    for (let r = 1; r < table.box.rows; r++) {
      if (typeof host.model.valueAt(table.sheet, table.box.row + r, totalColumn) === "number") numbers++;
    }
    return numbers;
  };
  const built = performance.now();
  const scored = readTotals(); // the first read builds the calculation
  const buildMs = performance.now() - built;

  const criteria = host.model.table("Criteria_proactive_visit");
  const weightColumn = criteria.box.column + criteria.headers().indexOf("Weight");
  const runs: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    host.model.write(criteria.sheet, criteria.box.row + 1, weightColumn, 15 + ((i % 3) + 1) * 5);
    const t0 = performance.now();
    readTotals();
    runs.push(performance.now() - t0);
  }
  const sorted = [...runs].sort((a, b) => a - b);

  const syncsBefore = host.journal.syncs.length;
  const read = await host.run((context) => readEvaluations(context, "proactive-visit"));
  emit({
    name: "host.recalc_after_weight_change",
    rows: ROWS,
    scored_rows: scored,
    median_ms: Number(sorted[Math.floor(sorted.length / 2)].toFixed(1)),
    runs_ms: runs.map((ms) => Number(ms.toFixed(1))),
    first_calculation_ms: Number(buildMs.toFixed(0)),
    create_rubric_ms: Number(createMs.toFixed(0)),
    heap_mb: Math.round(process.memoryUsage().heapUsed / 1e6),
    note: "HyperFormula in the simulated host: one weight typed, then every Total read back",
  });
  emit({
    name: "host.read_evaluations",
    rows: read.rows.length,
    syncs: host.journal.syncs.length - syncsBefore,
    loaded_bytes: host.journal.syncs.slice(syncsBefore).reduce((sum, s) => sum + s.loadedBytes, 0),
  });
}
