// What the Export tab produces, from the domain model only (the rubric as read and validated, the evaluations as
// read): never from cell text. Pure; loaded with the Export tab's chunk, so the format modules stay out of the
// pane's first download.
//
// Once the workbook has published versions, the rubric formats are of the chosen version (export-version.ts: the
// latest by default, from its snapshot, never from the working tables; or the working draft, said to be
// unpublished), and a version's canonical JSON carries the checksum it was published with. The e-cology payloads
// send each evaluation under its own version.
import { camundaForm } from "../formats/camunda/form";
import { CamundaIdProblem, camundaIdProblem, camundaIdText } from "../formats/camunda/ids";
import {
  EcologyPayloadResult,
  PayloadRowProblem,
  ecologyPayload,
  ecologyVersionedPayload,
} from "../formats/ecology/payload";
import { BatchProblem, MappingProblem, batchText } from "../formats/ecology/mapping-problem";
import { MappableField, fieldNameProblems, mappableFields } from "../formats/ecology/field-names";
import { ecologySpecSheet } from "../formats/ecology/sheet";
import { ecologyFormSpec } from "../formats/ecology/spec";
import { evaluationSchema, evaluationSchemaProblems } from "../formats/json-schema/evaluation";
import { serializeRubric } from "../formats/rubric-json/file";
import { EvaluationInput } from "../rubric/evaluation";
import { Language } from "../rubric/language";
import { rubricChecksum } from "../rubric/canonical/document";
import { Rubric } from "../rubric/model";
import { describeProblem } from "../rubric/problem";
import { validateRubric } from "../rubric/validate";
import { RubricVersion } from "../rubric/version";
import { VersionChoice, exportTarget, ofRubric } from "./export-version";
import type { SheetValue } from "./insert-sheet";
import type { EvaluationRecord } from "./read-evaluations";

export type ExportFormat = "rubricJson" | "evaluationSchema" | "ecologySpec" | "ecologyPayload" | "camundaForm";

export interface ExportInput {
  /** The rubric as read from the working tables: what is exported while the workbook has no published versions;
   * once it has, the working draft (exported only when chosen). */
  rubric: Rubric;
  /** The published versions (RubricState.versions.history.versions); absent or empty: none. */
  versions?: readonly RubricVersion[];
  /** With versions: the version the rubric formats export (default the latest), or "draft". The payloads take no
   * choice: each evaluation goes under its own version. */
  version?: VersionChoice;
  /** The language of the e-cology specification's labels and notes. */
  language: Language;
  /** For ecologyPayload: the scored evaluation rows. */
  evaluations?: readonly EvaluationRecord[];
  workflowId?: string;
  detailTable?: string;
  /** e-cology field names that differ from the specification's, by the specification's name; a blank one stands
   * for the specification's name. */
  fields?: Readonly<Record<string, string>>;
  /** For camundaForm: the form's id; blank or absent: "rubric-<rubric id>". */
  camundaFormId?: string;
}

/** A scored row the payloads leave out: the row Excel shows, and what to fix there. */
export interface RefusedEvaluation {
  sheetRow: number;
  problems: PayloadRowProblem[];
}

/** A reason nothing was produced: a format's own words, or a mapping problem's code (e-cology's, Camunda's ids). */
export type ExportProblem = BatchProblem | CamundaIdProblem;

/** An export problem in English (logs and tests; the pane words the codes in its language). */
export const exportProblemText = (p: ExportProblem): string =>
  typeof p !== "string" && (p.problem === "formIdStart" || p.problem === "formIdCharacter")
    ? camundaIdText(p)
    : batchText(p);

/** Nothing produced: `problems` are the export's own (empty when every row of a payload export was refused). */
export type ExportOutput = ExportFile | { ok: false; problems: ExportProblem[]; refused?: RefusedEvaluation[] };

export interface ExportFile {
  ok: true;
  /** The preview, and what Copy and Download hand over. */
  text: string;
  /** The rubric file's "checksum" field. */
  checksum?: string;
  /** The rubric version(s) the file is of: the rubric formats one, the payloads each evaluation's, ascending. */
  versions: number[];
  /** The file is of the working draft, whose changes are not published: not a published version. */
  unpublished?: boolean;
  /** For a published version's rubric JSON whose status changed since it was published (only the latest's can):
   * the checksum and status it was published with. */
  published?: { checksum: string; status: Rubric["status"] };
  /** What "Insert into a new sheet" writes. */
  sheet: SheetValue[][];
  fileName: string;
  mimeType: string;
  /** The payloads: the scored rows left out, by sheet row (none: every row was sent). */
  refused?: RefusedEvaluation[];
  /** The payloads: how many requests the file holds. */
  payloads?: number;
}

/** The rubric's own validation problems, as complete sentences: any one refuses every export. */
export function rubricProblems(rubric: Rubric): string[] {
  return validateRubric(rubric).map((p) => describeProblem(p));
}

/** JSON text as sheet rows: one line per row in column A. */
export function linesSheet(text: string): SheetValue[][] {
  return text.split(/\r?\n/).map((line) => [line]);
}

const fileName = (rubric: Rubric, versions: readonly number[], suffix: string, draft = false) =>
  `${rubric.id.replace(/[^A-Za-z0-9_-]/g, "_")}${versions.map((v) => `-v${v}`).join("")}${draft ? "-draft" : ""}.${suffix}`;

const json = (text: string, name: string, versions: number[]): ExportFile => ({
  ok: true,
  text,
  sheet: linesSheet(text),
  fileName: name,
  mimeType: "application/json",
  versions,
});

export function buildExport(format: ExportFormat, input: ExportInput): ExportOutput {
  if (format === "ecologyPayload") return buildPayloads(input);
  const target = exportTarget(input);
  if (target.kind === "missing") {
    const problem = `version ${target.version} is not a published version (published: ${target.known.join(", ")})`;
    return { ok: false, problems: [problem] };
  }
  const { rubric } = target;
  const invalid = rubricProblems(rubric);
  if (invalid.length > 0) return { ok: false, problems: invalid };
  const draft = target.kind === "draft";
  const versions = [rubric.version];
  const file = (text: string, suffix: string): ExportFile => ({
    ...json(text, fileName(rubric, versions, suffix, draft), versions),
    ...(draft ? { unpublished: true } : {}),
  });
  switch (format) {
    case "rubricJson": {
      if (target.kind === "version") {
        // The snapshot as stored must be the version as published: its checksum identifies it.
        const stored = rubricChecksum(target.snapshot);
        if (stored !== target.published.checksum) {
          return {
            ok: false,
            problems: [
              `version ${target.published.version} on the versions sheet is not as published: its content gives ` +
                `${stored}, it was published as ${target.published.checksum || "(no checksum)"}`,
            ],
          };
        }
      }
      const text = serializeRubric(rubric);
      const checksum = (JSON.parse(text) as { checksum?: unknown }).checksum;
      const published =
        target.kind === "version" && checksum !== target.published.checksum
          ? { published: { checksum: target.published.checksum, status: target.snapshot.status } }
          : {};
      return { ...file(text, "rubric.json"), ...(typeof checksum === "string" ? { checksum } : {}), ...published };
    }
    case "evaluationSchema": {
      const problems = evaluationSchemaProblems(rubric);
      if (problems.length > 0) return { ok: false, problems };
      return file(JSON.stringify(evaluationSchema(rubric), null, 2), "evaluation.schema.json");
    }
    case "ecologySpec": {
      const problems = evaluationSchemaProblems(rubric);
      if (problems.length > 0) return { ok: false, problems };
      const spec = ecologyFormSpec(rubric, { language: input.language });
      return {
        ...file(JSON.stringify(spec, null, 2), "ecology-spec.json"),
        sheet: ecologySpecSheet(spec, input.language),
      };
    }
    case "camundaForm": {
      // A form id typed in the pane is used as typed, or refused: never replaced by the default.
      const formId = input.camundaFormId?.trim() || undefined;
      const idProblem = formId === undefined ? undefined : camundaIdProblem(formId);
      if (idProblem) return { ok: false, problems: [idProblem] };
      return file(JSON.stringify(camundaForm(rubric, { formId }), null, 2), "form");
    }
  }
}

/** The rubrics the payloads are built under: the published versions once there are, the working tables' before. */
const payloadRubrics = (input: Pick<ExportInput, "rubric" | "versions">): Rubric[] =>
  input.versions && input.versions.length > 0 ? input.versions.map((v) => ofRubric(v, input.rubric)) : [input.rubric];

/** The e-cology fields the payloads' field names can rename (of every version's form), and what is wrong with the
 * names given (blank ones stand for the specification's name and are left out). For the pane's field-name editor. */
export function ecologyFieldNames(input: Pick<ExportInput, "rubric" | "versions" | "language" | "fields">): {
  fields: MappableField[];
  problems: MappingProblem[];
} {
  const specs = payloadRubrics(input).map((r) => ecologyFormSpec(r, { language: input.language }));
  return { fields: mappableFields(specs), problems: fieldNameProblems(specs, givenNames(input.fields)) };
}

/** The field names given, less the blank ones (the pane keeps a cleared name as "" until it is saved). */
const givenNames = (fields: ExportInput["fields"]): Record<string, string> =>
  Object.fromEntries(Object.entries(fields ?? {}).filter(([, name]) => name.trim() !== ""));

/** The e-cology payloads: each evaluation under its own version once there are versions (the working tables'
 * rubric, which they must all be scored with, before). */
function buildPayloads(input: ExportInput): ExportOutput {
  // EvaluationRecord is an EvaluationInput with its row: the payload builder takes the inputs as they are.
  const records = input.evaluations ?? [];
  const evaluations: EvaluationInput[] = [...records];
  const fields = givenNames(input.fields);
  const mapping = {
    workflowId: input.workflowId ?? "",
    detailTableDBName: input.detailTable ?? "",
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
  };
  const options = { language: input.language };
  let result: EcologyPayloadResult;
  if (input.versions && input.versions.length > 0) {
    result = ecologyVersionedPayload(payloadRubrics(input), evaluations, mapping, options);
  } else {
    const invalid = rubricProblems(input.rubric);
    if (invalid.length > 0) return { ok: false, problems: invalid };
    result = ecologyPayload(input.rubric, evaluations, mapping, options);
  }
  // The format knows a row by its place in the list; the reviewer, by the row number Excel shows.
  const refused = result.refused.map((r) => ({ sheetRow: records[r.index].sheetRow, problems: r.problems }));
  if (!result.ok) return { ok: false, problems: result.problems, refused };
  return {
    ...json(
      JSON.stringify(result.payloads, null, 2),
      fileName(input.rubric, result.versions, "ecology-payloads.json"),
      result.versions,
    ),
    refused,
    payloads: result.payloads.length,
  };
}
