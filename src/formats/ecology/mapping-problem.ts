// Why an e-cology mapping cannot be used (the workflow id, the detail table, field names), as a code and its
// parameters: the pane words it in its language (export.mappingProblem.<problem> in en.json and zh.json);
// mappingText gives the English words for logs and tests.

export type MappingProblem =
  | { problem: "workflowIdEmpty" }
  | { problem: "workflowIdNotNumber"; value: string }
  | { problem: "tableEmpty" }
  | { problem: "tableNotName"; value: string }
  | { problem: "fieldUnknown"; key: string }
  | { problem: "fieldUnmapped"; key: string }
  | { problem: "fieldBadName"; key: string; value: string }
  | { problem: "fieldCollision"; first: string; second: string; name: string }
  | { problem: "noEvaluations" };

/** A problem of a payload batch: a rubric's (its own words) or the mapping's (a code). */
export type BatchProblem = string | MappingProblem;

/** The English words of a mapping problem (JSON names as the e-cology API spells them). */
export function mappingText(p: MappingProblem): string {
  switch (p.problem) {
    case "workflowIdEmpty":
      return "mapping: workflowId is empty";
    case "workflowIdNotNumber":
      return `mapping: workflowId ${JSON.stringify(p.value)} is not a workflow number`;
    case "tableEmpty":
      return "mapping: detailTableDBName is empty";
    case "tableNotName":
      return `mapping: detailTableDBName ${JSON.stringify(p.value)} is not a table name`;
    case "fieldUnknown":
      return `mapping: fields: ${JSON.stringify(p.key)} is not a field of the specification`;
    case "fieldUnmapped":
      return `mapping: fields: ${p.key} is mapped to no field name`;
    case "fieldBadName":
      return `mapping: fields: ${p.key} is mapped to ${JSON.stringify(p.value)}, which is not an e-cology field name`;
    case "fieldCollision":
      return `mapping: fields: ${p.first} and ${p.second} are both mapped to ${p.name}`;
    case "noEvaluations":
      return "there are no evaluations to send";
  }
}

/** A batch problem in English. */
export const batchText = (p: BatchProblem): string => (typeof p === "string" ? p : mappingText(p));
