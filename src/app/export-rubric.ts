// What the Export tab produces, from the domain model only (the rubric as read and validated, the evaluations as
// read): never from cell text. Pure; loaded with the Export tab's chunk, so the format modules stay out of the
// pane's first download.
import { camundaForm } from "../formats/camunda/form";
import { ecologyPayload } from "../formats/ecology/payload";
import { ecologySpecSheet } from "../formats/ecology/sheet";
import { ecologyFormSpec } from "../formats/ecology/spec";
import { evaluationSchema, evaluationSchemaProblems } from "../formats/json-schema/evaluation";
import { serializeRubric } from "../formats/rubric-json/file";
import { EvaluationInput } from "../rubric/evaluation";
import { Language } from "../rubric/language";
import { Rubric } from "../rubric/model";
import { describeProblem } from "../rubric/problem";
import { validateRubric } from "../rubric/validate";
import type { SheetValue } from "./insert-sheet";
import type { EvaluationRecord } from "./read-evaluations";

export type ExportFormat = "rubricJson" | "evaluationSchema" | "ecologySpec" | "ecologyPayload" | "camundaForm";

export interface ExportInput {
  rubric: Rubric;
  /** The language of the e-cology specification's labels and notes. */
  language: Language;
  /** For ecologyPayload: the scored evaluation rows. */
  evaluations?: readonly EvaluationRecord[];
  workflowId?: string;
  detailTable?: string;
}

export type ExportOutput = ExportFile | { ok: false; problems: string[] };

export interface ExportFile {
  ok: true;
  /** The preview, and what Copy and Download hand over. */
  text: string;
  /** The rubric file's "checksum" field. */
  checksum?: string;
  /** What "Insert into a new sheet" writes. */
  sheet: SheetValue[][];
  fileName: string;
  mimeType: string;
}

/** The rubric's own validation problems, as complete sentences: any one refuses every export. */
export function rubricProblems(rubric: Rubric): string[] {
  return validateRubric(rubric).map(describeProblem);
}

/** JSON text as sheet rows: one line per row in column A. */
export function linesSheet(text: string): SheetValue[][] {
  return text.split(/\r?\n/).map((line) => [line]);
}

const fileBase = (rubric: Rubric) => `${rubric.id.replace(/[^A-Za-z0-9_-]/g, "_")}-v${rubric.version}`;

const json = (text: string, fileName: string): ExportFile => ({
  ok: true,
  text,
  sheet: linesSheet(text),
  fileName,
  mimeType: "application/json",
});

export function buildExport(format: ExportFormat, input: ExportInput): ExportOutput {
  const { rubric } = input;
  const invalid = rubricProblems(rubric);
  if (invalid.length > 0) return { ok: false, problems: invalid };
  const base = fileBase(rubric);
  switch (format) {
    case "rubricJson": {
      const text = serializeRubric(rubric);
      const checksum = (JSON.parse(text) as { checksum?: unknown }).checksum;
      return { ...json(text, `${base}.rubric.json`), ...(typeof checksum === "string" ? { checksum } : {}) };
    }
    case "evaluationSchema": {
      const problems = evaluationSchemaProblems(rubric);
      if (problems.length > 0) return { ok: false, problems };
      return json(JSON.stringify(evaluationSchema(rubric), null, 2), `${base}.evaluation.schema.json`);
    }
    case "ecologySpec": {
      const problems = evaluationSchemaProblems(rubric);
      if (problems.length > 0) return { ok: false, problems };
      const spec = ecologyFormSpec(rubric, { language: input.language });
      return {
        ...json(JSON.stringify(spec, null, 2), `${base}.ecology-spec.json`),
        sheet: ecologySpecSheet(spec, input.language),
      };
    }
    case "ecologyPayload": {
      // EvaluationRecord is an EvaluationInput with its row: the payload builder takes the inputs as they are.
      const evaluations: EvaluationInput[] = [...(input.evaluations ?? [])];
      const result = ecologyPayload(
        rubric,
        evaluations,
        { workflowId: input.workflowId ?? "", detailTableDBName: input.detailTable ?? "" },
        { language: input.language },
      );
      if (!result.ok) return { ok: false, problems: result.problems };
      return json(JSON.stringify(result.payloads, null, 2), `${base}.ecology-payloads.json`);
    }
    case "camundaForm":
      return json(JSON.stringify(camundaForm(rubric), null, 2), `${base}.form`);
  }
}
