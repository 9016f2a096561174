// Domain problems (src/rubric/problem.ts) as the pane shows them.
import { Problem, describeProblem } from "../../rubric/problem";
import { ProblemView } from "../actions";

/** `addressOf` gives the cell at fault where the caller knows the sheet layout. */
export function problemViews(
  problems: readonly Problem[],
  addressOf?: (p: Problem) => string | undefined,
): ProblemView[] {
  return problems.map((p) => {
    const view: ProblemView = { message: describeProblem(p) };
    if (p.location.scope === "criterion" && p.location.index !== undefined) view.criterionIndex = p.location.index;
    if (p.location.scope === "band" && p.location.index !== undefined) view.bandIndex = p.location.index;
    const address = addressOf?.(p);
    if (address) view.address = address;
    return view;
  });
}
