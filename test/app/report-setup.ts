// The example workbook (the example rubric and its 146 sample evaluations) on the simulated host, with what the
// pane holds when it writes a report: the evaluations store's records and the review prepared from them.
import { createRubric } from "../../src/app/create-rubric";
import { EvaluationRecord, readEvaluations } from "../../src/app/read-evaluations";
import { readRubric } from "../../src/app/read-rubric";
import { Rubric } from "../../src/rubric/model";
import { prepareReview } from "../../src/rubric/review";
import { SimulatedHostOptions } from "../host";
import { hostSession, valueOf } from "../support/session";

export async function exampleReview(options: SimulatedHostOptions = {}) {
  const { session, host } = hostSession(options);
  valueOf(await createRubric(session, "example"));
  const records: EvaluationRecord[] = valueOf(await readEvaluations(session)).evaluations;
  const state = valueOf(await readRubric(session));
  const versions: Rubric[] = state.versions!.history.versions.map((v) => v.rubric);
  return { session, host, records, versions, state, data: prepareReview(records, versions) };
}
