// The bodies of Weaver e-cology (E9) `POST /api/workflow/paService/doCreateRequest`: one workflow request per scored
// evaluation, on a form built from ecologyFormSpec. Every value is a string, as the API expects; the total, points
// and band are the engine's (scoreEvaluation, lookupBand, bandLabel), so the workflow shows what the workbook
// computed. A problem of the whole batch (the rubric, the mapping) and no payload at all; a problem of one evaluation
// (not fully scored, no process, ...) leaves that evaluation out, with its reasons as codes (row-problem.ts), and the
// others get their payloads.
// A workbook with published versions sends each evaluation under its own version (ecologyVersionedPayload): that
// version's snapshot gives the row's form fields, figures and rubric_version.
import { bandLabel } from "../../rubric/bands";
import { EvaluationInput } from "../../rubric/evaluation";
import { Criterion, RawValue, Rubric } from "../../rubric/model";
import { lookupBand } from "../../rubric/points";
import { scoreEvaluation } from "../../rubric/score";
import { NA, classifyValue } from "../../rubric/value";
import { DETAIL_FIELDS, FACTOR_DECIMALS, MAIN_FIELDS, contributionDecimals } from "./fields";
import type { EcologyField, EcologyFormSpec, EcologySpecOptions } from "./model";
import { ecologyFormSpec } from "./spec";
import { COMMENT_MAX_LENGTH, NAME_MAX_LENGTH } from "../limits";
import { decimalPlaces, fixed, isoDateOf, plainNumber, sumFixed } from "./values";
import type { PayloadRowProblem, RefusedRow } from "./row-problem";
import { BatchProblem } from "./mapping-problem";
import { fieldNameProblems, mappedName } from "./field-names";
export type { BatchProblem, MappingProblem } from "./mapping-problem";
export type { PayloadRowProblem, RefusedRow } from "./row-problem";
import { NA_TEXT, evaluationSchemaProblems } from "../json-schema/evaluation";

export interface EcologyFieldValue {
  fieldName: string;
  fieldValue: string;
}

export interface EcologyDetailRecord {
  recordOrder: number;
  workflowRequestTableFields: EcologyFieldValue[];
}

export interface EcologyDetailTable {
  tableDBName: string;
  workflowRequestTableRecords: EcologyDetailRecord[];
}

/** One doCreateRequest body. */
export interface EcologyRequest {
  workflowId: string;
  requestName: string;
  mainData: EcologyFieldValue[];
  detailData: EcologyDetailTable[];
}

export interface EcologyMapping {
  /** The workflow's id (workflowid) in e-cology. */
  workflowId: string;
  /** The detail table's database name, e.g. formtable_main_123_dt1. */
  detailTableDBName: string;
  /** Field names that differ from the specification's, keyed by the specification's field name. */
  fields?: Readonly<Record<string, string>>;
}

export interface EcologyPayloadOptions extends EcologySpecOptions {
  /** The request's title; default "<rubric title> - <person> - <date>". */
  requestName?: (evaluation: EvaluationInput, date: string) => string;
}

export type EcologyPayloadResult =
  | {
      ok: true;
      payloads: EcologyRequest[];
      /** The rubric versions the payloads were built under, ascending (each request's rubric_version is one). */
      versions: number[];
      /** The evaluations left out, in list order, and why. */
      refused: RefusedRow[];
    }
  /** `problems`: the batch's (rubric, mapping, no evaluations); empty when every evaluation was refused. */
  | { ok: false; problems: BatchProblem[]; refused: RefusedRow[] };

const TABLE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const WORKFLOW_ID = /^\d+$/;

/** Checks the mapping against the specification; returns the problems and the field names to use. */
function resolveMapping(
  specs: readonly EcologyFormSpec[],
  mapping: EcologyMapping,
): { problems: BatchProblem[]; name: (f: string) => string } {
  const problems: BatchProblem[] = [];
  const workflowId = typeof mapping.workflowId === "string" ? mapping.workflowId.trim() : "";
  if (workflowId === "") problems.push({ problem: "workflowIdEmpty" });
  else if (!WORKFLOW_ID.test(workflowId))
    problems.push({ problem: "workflowIdNotNumber", value: String(mapping.workflowId) });
  const table = typeof mapping.detailTableDBName === "string" ? mapping.detailTableDBName.trim() : "";
  if (table === "") problems.push({ problem: "tableEmpty" });
  else if (!TABLE_NAME.test(table))
    problems.push({ problem: "tableNotName", value: String(mapping.detailTableDBName) });

  // A field of any of the specifications (versions may differ in their criteria) can be mapped.
  const overrides = mapping.fields ?? {};
  problems.push(...fieldNameProblems(specs, overrides));
  return { problems, name: (f) => mappedName(overrides, f) };
}

/** How a raw value is sent: the select option's value, the number, or "NA". Undefined with a problem otherwise. */
function scoreValue(field: EcologyField, c: Criterion, raw: RawValue): { value?: string; problem?: PayloadRowProblem } {
  const v = classifyValue(raw);
  if (field.options) {
    const option = field.options.find((o) => (v === NA ? o.stands === "NA" : o.stands === v));
    return option
      ? { value: String(option.value) }
      : {
          problem: {
            problem: "notALevel",
            criterion: c.id,
            value: String(v),
            levels: field.options.map((o) => o.stands).join(", "),
          },
        };
  }
  if (v === NA) return { value: NA_TEXT };
  if (typeof v !== "number") return { problem: { problem: "notANumber", criterion: c.id } };
  if (field.decimals !== undefined && decimalPlaces(v) > field.decimals) {
    return { problem: { problem: "decimals", criterion: c.id, value: plainNumber(v), decimals: field.decimals } };
  }
  return { value: plainNumber(v) };
}

/** Each criterion's share of the total: its factor and weighted contribution (before the floor and rounding). */
function contributions(rubric: Rubric, values: readonly RawValue[]): { factor: number; contribution: number }[] {
  const applicable = rubric.criteria.reduce(
    (sum, c, i) => (c.kind === "score" && classifyValue(values[i]) !== NA ? sum + c.weight : sum),
    0,
  );
  return rubric.criteria.map((c, i) => {
    const v = classifyValue(values[i]);
    const factor =
      c.kind === "score"
        ? v === NA
          ? 0
          : rubric.settings.scale / applicable
        : c.kind === "bonus"
          ? 1
          : c.kind === "penalty"
            ? -1
            : 0;
    const f = typeof v === "number" ? v / c.max : 0;
    return { factor, contribution: f * c.weight * factor };
  });
}

/**
 * The doCreateRequest bodies for `evaluations`, one per evaluation, on a form built from
 * ecologyFormSpec(rubric, options). Checks everything first: the rubric, the mapping (workflowId, detail table,
 * field overrides that name no field of the specification or no valid field name) and every evaluation (fully
 * scored without engine errors, a valid date, level points only, the rubric's version, a band for its total).
 * A problem of the rubric or the mapping: { ok: false, problems }. An evaluation with problems is left out, listed in
 * `refused` with its index and reasons; the others get their payloads ({ ok: false } when none does).
 */
export function ecologyPayload(
  rubric: Rubric,
  evaluations: readonly EvaluationInput[],
  mapping: EcologyMapping,
  options: EcologyPayloadOptions = {},
): EcologyPayloadResult {
  return buildPayloads(
    evaluations,
    [rubric],
    (e) =>
      e.version !== undefined && e.version !== rubric.version
        ? { rubric, problem: { problem: "otherVersion", version: e.version, rubricVersion: rubric.version } }
        : { rubric },
    () => "rubric",
    mapping,
    options,
  );
}

/**
 * The doCreateRequest bodies for `evaluations` of a rubric with published versions: each evaluation under its own
 * version (its `version`; the latest when it names none), its form fields, figures, request name and rubric_version
 * from that version's snapshot in `versions`. An evaluation whose version is not among them is refused, naming the
 * version. The checks are ecologyPayload's, for every version involved. `versions` must not be empty.
 */
export function ecologyVersionedPayload(
  versions: readonly Rubric[],
  evaluations: readonly EvaluationInput[],
  mapping: EcologyMapping,
  options: EcologyPayloadOptions = {},
): EcologyPayloadResult {
  if (versions.length === 0) throw new RangeError("ecologyVersionedPayload needs at least one version");
  const byNumber = new Map(versions.map((r) => [r.version, r]));
  const latest = versions.reduce((a, b) => (b.version > a.version ? b : a));
  const known = [...byNumber.keys()].sort((a, b) => a - b).join(", ");
  const resolved = evaluations.map((e) => (e.version === undefined ? latest : byNumber.get(e.version)));
  const involved = [...new Set(resolved.filter((r): r is Rubric => r !== undefined))];
  return buildPayloads(
    evaluations,
    involved.length > 0 ? involved.sort((a, b) => a.version - b.version) : [latest],
    (e, index) => {
      const rubric = resolved[index];
      return rubric
        ? { rubric }
        : { problem: { problem: "unpublishedVersion", version: e.version!, published: known } };
    },
    (r) => `rubric version ${r.version}`,
    mapping,
    options,
  );
}

/** What a rubric (version) gives every evaluation scored under it. */
interface Form {
  rubric: Rubric;
  spec: EcologyFormSpec;
  scoreFields: Map<string, EcologyField>;
  detailScore: EcologyField;
  cd: number;
}

function formOf(rubric: Rubric, options: EcologySpecOptions): Form {
  const spec = ecologyFormSpec(rubric, options);
  return {
    rubric,
    spec,
    scoreFields: new Map(spec.main.filter((f) => f.criterion !== undefined).map((f) => [f.criterion!, f])),
    detailScore: spec.detail.fields.find((f) => f.fieldName === DETAIL_FIELDS.score)!,
    cd: contributionDecimals(rubric),
  };
}

/** The row's rubric, or why it has none; `problem` with a rubric: scored anyway, then refused. */
type RowRubric = { rubric: Rubric; problem?: PayloadRowProblem } | { rubric?: undefined; problem: PayloadRowProblem };

function buildPayloads(
  evaluations: readonly EvaluationInput[],
  rubrics: readonly Rubric[],
  rubricOf: (e: EvaluationInput, index: number) => RowRubric,
  rubricLabel: (r: Rubric) => string,
  mapping: EcologyMapping,
  options: EcologyPayloadOptions,
): EcologyPayloadResult {
  const rubricProblems = rubrics.flatMap((r) => evaluationSchemaProblems(r).map((p) => `${rubricLabel(r)}: ${p}`));
  if (rubricProblems.length > 0) return { ok: false, problems: rubricProblems, refused: [] };
  const forms = new Map(rubrics.map((r) => [r, formOf(r, options)]));
  const { problems, name } = resolveMapping(
    [...forms.values()].map((f) => f.spec),
    mapping,
  );
  if (evaluations.length === 0) problems.push({ problem: "noEvaluations" });

  const payloads: EcologyRequest[] = [];
  const versions = new Set<number>();
  const refused: RefusedRow[] = [];

  evaluations.forEach((e, index) => {
    const rowProblems: PayloadRowProblem[] = [];
    const date = isoDateOf(e.date);
    const dateText = typeof e.date === "string" ? e.date.trim() : String(e.date ?? "");
    if (date === undefined) {
      rowProblems.push(
        dateText === "" ? { problem: "missingField", field: "date" } : { problem: "badDate", value: dateText },
      );
    }
    for (const [field, max, required] of [
      ["process", NAME_MAX_LENGTH, true],
      ["person", NAME_MAX_LENGTH, true],
      ["team", NAME_MAX_LENGTH, false],
      ["reviewer", NAME_MAX_LENGTH, true],
      ["comment", COMMENT_MAX_LENGTH, false],
    ] as const) {
      const text = e[field] ?? "";
      if (required && text.trim() === "") rowProblems.push({ problem: "missingField", field });
      if ([...text].length > max) rowProblems.push({ problem: "tooLong", field, max });
    }
    const row = rubricOf(e, index);
    if (row.problem !== undefined) rowProblems.push(row.problem);
    const form = row.rubric ? forms.get(row.rubric) : undefined;
    if (!form) {
      refused.push({ index, problems: rowProblems });
      return;
    }
    const { rubric, scoreFields, detailScore, cd } = form;
    const byKey = new Map(Object.entries(e.values ?? {}).map(([id, v]) => [id.toUpperCase(), v]));
    const values = rubric.criteria.map((c) => byKey.get(c.id.toUpperCase()));
    const outcome = scoreEvaluation(rubric, e.values ?? {});
    let totalText = "";
    let pointsText = "";
    let band = "";
    if (outcome.status === "blank") rowProblems.push({ problem: "notScored" });
    else if (outcome.status === "error") {
      const { error } = outcome;
      rowProblems.push(
        error.code === "incomplete" && error.blanks !== undefined && error.count !== undefined
          ? { problem: "incomplete", blanks: error.blanks, count: error.count }
          : { problem: "score", reason: error.reason },
      );
    } else {
      const found = lookupBand(outcome.total, rubric.bands);
      if (found.status === "band") {
        totalText = fixed(outcome.total, rubric.settings.decimals);
        pointsText = plainNumber(rubric.bands[found.index].points);
        band = bandLabel(rubric.bands, found.index);
      } else if (found.status === "error") rowProblems.push({ problem: "band", reason: found.reason });
    }
    const mainScores: EcologyFieldValue[] = [];
    const detailScores: string[] = [];
    if (outcome.status === "total") {
      rubric.criteria.forEach((c, i) => {
        const main = scoreValue(scoreFields.get(c.id)!, c, values[i]);
        const detail = scoreValue(detailScore, c, values[i]);
        const problem = main.problem ?? detail.problem;
        if (problem !== undefined) rowProblems.push(problem);
        mainScores.push({ fieldName: name(scoreFields.get(c.id)!.fieldName), fieldValue: main.value ?? "" });
        detailScores.push(detail.value ?? "");
      });
    }
    if (rowProblems.length > 0) {
      refused.push({ index, problems: rowProblems });
      return;
    }
    if (problems.length > 0) return;

    const shares = contributions(rubric, values);
    const contributionTexts = shares.map((s) => fixed(s.contribution, cd));
    const field = (fieldName: string, fieldValue: string): EcologyFieldValue => ({
      fieldName: name(fieldName),
      fieldValue,
    });
    const mainData: EcologyFieldValue[] = [
      field(MAIN_FIELDS.process, e.process ?? ""),
      field(MAIN_FIELDS.person, e.person ?? ""),
      field(MAIN_FIELDS.team, e.team ?? ""),
      field(MAIN_FIELDS.reviewer, e.reviewer ?? ""),
      field(MAIN_FIELDS.date, date!),
      ...mainScores,
      field(MAIN_FIELDS.total, totalText),
      field(MAIN_FIELDS.points, pointsText),
      field(MAIN_FIELDS.band, band),
      field(MAIN_FIELDS.totalCheck, sumFixed(contributionTexts, cd)),
      field(MAIN_FIELDS.rubricId, rubric.id),
      field(MAIN_FIELDS.rubricVersion, String(rubric.version)),
      field(MAIN_FIELDS.comment, e.comment ?? ""),
    ];
    const records: EcologyDetailRecord[] = rubric.criteria.map((c, i) => ({
      recordOrder: i,
      workflowRequestTableFields: [
        field(DETAIL_FIELDS.criterion, c.id),
        field(DETAIL_FIELDS.label, c.label),
        field(DETAIL_FIELDS.kind, c.kind),
        field(DETAIL_FIELDS.weight, plainNumber(c.weight)),
        field(DETAIL_FIELDS.max, plainNumber(c.max)),
        field(DETAIL_FIELDS.score, detailScores[i]),
        field(DETAIL_FIELDS.factor, fixed(shares[i].factor, FACTOR_DECIMALS)),
        field(DETAIL_FIELDS.contribution, contributionTexts[i]),
      ],
    }));
    versions.add(rubric.version);
    payloads.push({
      workflowId: mapping.workflowId.trim(),
      requestName: options.requestName
        ? options.requestName(e, date!)
        : [rubric.title, e.person ?? "", date!].filter((s) => s.trim() !== "").join(" - "),
      mainData,
      detailData: [{ tableDBName: mapping.detailTableDBName.trim(), workflowRequestTableRecords: records }],
    });
  });
  return problems.length > 0 || payloads.length === 0
    ? { ok: false, problems, refused }
    : { ok: true, payloads, versions: [...versions].sort((a, b) => a - b), refused };
}

/** A body as the form parameters E9 reads (application/x-www-form-urlencoded): mainData and detailData as JSON text. */
export function ecologyFormParameters(request: EcologyRequest): Record<string, string> {
  return {
    workflowId: request.workflowId,
    requestName: request.requestName,
    mainData: JSON.stringify(request.mainData),
    detailData: JSON.stringify(request.detailData),
  };
}
