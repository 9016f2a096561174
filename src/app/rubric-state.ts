// The rubric as the pane shows it: the rubric read from the sheet, and each validation problem placed next to its
// criterion or band row, with its cell where known.
import { Problem, describeProblem } from "../rubric/problem";
import { Rubric } from "../rubric/model";
import { StabilityRule } from "../rubric/version";
import { ReadRubricResult, VersionTablesRead, WorkbookContext, readVersionedRubric } from "../workbook";
import { VersionsView, versionsView } from "./versions-view";

export interface ProblemView {
  /** Complete, readable text in English, e.g. "PREP: weight is negative". */
  message: string;
  /** The problem itself (code and parameters): the pane words it in its own language. */
  problem?: Problem;
  /** 0-based position in rubric.criteria. */
  criterionIndex?: number;
  /** 0-based position in rubric.bands. */
  bandIndex?: number;
  /** The cell at fault, e.g. "Rubric!D5". */
  address?: string;
}

export interface RubricState {
  /** null when the workbook holds no rubric yet. */
  rubric: Rubric | null;
  problems: ProblemView[];
  /** The stability rule of its settings, with warnings for a cell that cannot be read. */
  stability?: { rule: StabilityRule; warnings: string[] };
  /** Its published versions and the draft's changes (absent until the workbook has them). */
  versions?: VersionsView;
}

/** `addressOf` gives the cell at fault where the caller knows the sheet layout. */
export function problemViews(
  problems: readonly Problem[],
  addressOf?: (p: Problem) => string | undefined,
): ProblemView[] {
  return problems.map((p) => {
    const view: ProblemView = { message: describeProblem(p), problem: p };
    if (p.location.scope === "criterion" && p.location.index !== undefined) view.criterionIndex = p.location.index;
    if (p.location.scope === "band" && p.location.index !== undefined) view.bandIndex = p.location.index;
    const address = addressOf?.(p);
    if (address) view.address = address;
    return view;
  });
}

export function rubricState(read: ReadRubricResult, versions?: VersionTablesRead): RubricState {
  const addresses = new Map(read.problems.map((p) => [p.problem, p.address]));
  return {
    ...(versions ? { versions: versionsView(versions, read.rubric) } : {}),
    ...(read.stability ? { stability: read.stability } : {}),
    rubric: read.rubric ?? read.asRead ?? null,
    problems: problemViews(
      read.problems.map((p) => p.problem),
      (p) => addresses.get(p),
    ),
  };
}

/** The rubric's state as the workbook holds it now: working tables and versions (two syncs). */
export async function readRubricState(context: WorkbookContext, rubricId: string): Promise<RubricState> {
  const read = await readVersionedRubric(context, rubricId);
  return rubricState(read.draft, read.versions);
}
