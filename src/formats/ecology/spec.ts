// The form specification a Weaver e-cology (E9) administrator follows once to build the workflow form that receives
// a stabilised rubric's evaluations: main-table fields, a detail table with one row per criterion, and the
// calculation rules that fit e-cology's own arithmetic. Everything e-cology cannot reproduce exactly (N/A
// renormalisation, gates, the floor at 0, rounding half away from zero, bands) comes from the payload
// (payload.ts) into read-only fields, so the workflow shows what the workbook computed.
import type { Language } from "../../rubric/language";
import { Criterion, Rubric } from "../../rubric/model";
import { bandLabel } from "../../rubric/bands";
import { ecologyCalculation } from "./calculation";
import { DETAIL_FIELDS, FACTOR_DECIMALS, MAIN_FIELDS, contributionDecimals, criterionFieldNames } from "./fields";
import type { EcologyField, EcologyFormSpec, EcologySelectOption, EcologySpecOptions } from "./model";
import { COMMENT_MAX_LENGTH, NAME_MAX_LENGTH } from "../limits";
import { decimalPlaces, plainNumber } from "./values";

type Texts = Record<keyof typeof MAIN_FIELDS | `detail_${keyof typeof DETAIL_FIELDS}` | "detailTable" | "na", string>;

const TEXTS: Record<Language, Texts> = {
  en: {
    process: "Process",
    person: "Person",
    team: "Team",
    reviewer: "Reviewer",
    date: "Date",
    total: "Total",
    points: "Points",
    band: "Band",
    totalCheck: "Sum of contributions (check)",
    rubricId: "Rubric id",
    rubricVersion: "Rubric version",
    comment: "Comment",
    detailTable: "Criteria",
    detail_criterion: "Criterion id",
    detail_label: "Criterion",
    detail_kind: "Kind",
    detail_weight: "Weight",
    detail_max: "Max",
    detail_score: "Score",
    detail_factor: "Factor K",
    detail_contribution: "Weighted contribution",
    na: "Not applicable",
  },
  zh: {
    process: "流程",
    person: "被评人",
    team: "团队",
    reviewer: "评审人",
    date: "日期",
    total: "总分",
    points: "积分",
    band: "档次",
    totalCheck: "贡献合计（核对）",
    rubricId: "评分标准编号",
    rubricVersion: "评分标准版本",
    comment: "备注",
    detailTable: "评价项",
    detail_criterion: "评价项编号",
    detail_label: "评价项",
    detail_kind: "类型",
    detail_weight: "权重",
    detail_max: "满分",
    detail_score: "得分",
    detail_factor: "系数K",
    detail_contribution: "加权得分",
    na: "不适用",
  },
};

/** The options of a level criterion's select box: its levels in order, then "NA" where allowed. */
export function levelOptions(c: Criterion, language: Language): EcologySelectOption[] {
  const options: EcologySelectOption[] = (c.levels ?? []).map((l, i) => ({
    value: i,
    label: `${plainNumber(l.points)} = ${l.label}`,
    stands: l.points,
  }));
  if (c.allowNA) options.push({ value: options.length, label: `NA = ${TEXTS[language].na}`, stands: "NA" });
  return options;
}

const hasLevels = (c: Criterion) => c.levels !== undefined && c.levels.length > 0;

/** The form specification for `rubric`. The rubric should be valid (validateRubric); ids unique ignoring case. */
export function ecologyFormSpec(rubric: Rubric, options: EcologySpecOptions = {}): EcologyFormSpec {
  const language = options.language ?? "en";
  const scoreDecimals = options.scoreDecimals ?? 2;
  const t = TEXTS[language];
  const decimals = rubric.settings.decimals;
  const cd = contributionDecimals(rubric);
  const anyNA = rubric.criteria.some((c) => c.allowNA);

  const text = (fieldName: string, label: string, length: number, required: boolean, readOnly: boolean) =>
    ({ fieldName, label, fieldHtmlType: 1, type: 1, length, required, readOnly }) as const;
  const decimal = (fieldName: string, label: string, places: number) =>
    ({ fieldName, label, fieldHtmlType: 1, type: 3, decimals: places, required: true, readOnly: true }) as const;

  const names = criterionFieldNames(rubric.criteria);
  const scoreFields: EcologyField[] = rubric.criteria.map((c) => {
    const common = { fieldName: names.get(c.id)!, label: c.label, required: true, readOnly: true };
    const from = { source: "evaluation" as const, criterion: c.id };
    if (hasLevels(c)) return { ...common, fieldHtmlType: 5, options: levelOptions(c, language), ...from };
    if (c.allowNA) return { ...common, fieldHtmlType: 1, type: 1, length: 20, ...from };
    return { ...common, fieldHtmlType: 1, type: 3, decimals: scoreDecimals, ...from };
  });

  const main: EcologyField[] = [
    { ...text(MAIN_FIELDS.process, t.process, NAME_MAX_LENGTH, true, false), source: "evaluation" },
    { ...text(MAIN_FIELDS.person, t.person, NAME_MAX_LENGTH, true, false), source: "evaluation" },
    { ...text(MAIN_FIELDS.team, t.team, NAME_MAX_LENGTH, false, false), source: "evaluation" },
    { ...text(MAIN_FIELDS.reviewer, t.reviewer, NAME_MAX_LENGTH, true, false), source: "evaluation" },
    { ...text(MAIN_FIELDS.date, t.date, 10, true, false), source: "evaluation" },
    ...scoreFields,
    { ...decimal(MAIN_FIELDS.total, t.total, decimals), source: "computed" },
    {
      ...decimal(MAIN_FIELDS.points, t.points, Math.max(0, ...rubric.bands.map((b) => decimalPlaces(b.points)))),
      source: "computed",
    },
    { ...text(MAIN_FIELDS.band, t.band, bandLength(rubric), true, true), source: "computed" },
    { ...decimal(MAIN_FIELDS.totalCheck, t.totalCheck, cd), source: "computed" },
    { ...text(MAIN_FIELDS.rubricId, t.rubricId, 24, true, true), source: "rubric" },
    {
      fieldName: MAIN_FIELDS.rubricVersion,
      label: t.rubricVersion,
      fieldHtmlType: 1,
      type: 2,
      required: true,
      readOnly: true,
      source: "rubric",
    },
    {
      fieldName: MAIN_FIELDS.comment,
      label: t.comment,
      fieldHtmlType: 2,
      length: COMMENT_MAX_LENGTH,
      required: false,
      readOnly: false,
      source: "evaluation",
    },
  ];
  const maxPlaces = (values: number[]) => Math.min(6, Math.max(0, ...values.map(decimalPlaces)));
  const detail: EcologyField[] = [
    { ...text(DETAIL_FIELDS.criterion, t.detail_criterion, 64, true, true), source: "rubric" },
    { ...text(DETAIL_FIELDS.label, t.detail_label, 500, true, true), source: "rubric" },
    { ...text(DETAIL_FIELDS.kind, t.detail_kind, 10, true, true), source: "rubric" },
    {
      ...decimal(DETAIL_FIELDS.weight, t.detail_weight, maxPlaces(rubric.criteria.map((c) => c.weight))),
      source: "rubric",
    },
    { ...decimal(DETAIL_FIELDS.max, t.detail_max, maxPlaces(rubric.criteria.map((c) => c.max))), source: "rubric" },
    anyNA
      ? { ...text(DETAIL_FIELDS.score, t.detail_score, 20, true, true), source: "evaluation" }
      : {
          ...decimal(DETAIL_FIELDS.score, t.detail_score, Math.max(scoreDecimals, maxPlaces(levelPoints(rubric)))),
          source: "evaluation",
        },
    { ...decimal(DETAIL_FIELDS.factor, t.detail_factor, FACTOR_DECIMALS), source: "computed" },
    { ...decimal(DETAIL_FIELDS.contribution, t.detail_contribution, cd), source: "computed" },
  ];
  return {
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    title: rubric.title,
    language,
    main,
    detail: { label: t.detailTable, fields: detail },
    calculation: ecologyCalculation(rubric, language),
  };
}

const levelPoints = (rubric: Rubric): number[] => rubric.criteria.flatMap((c) => (c.levels ?? []).map((l) => l.points));

function bandLength(rubric: Rubric): number {
  const longest = Math.max(0, ...rubric.bands.map((_, i) => [...bandLabel(rubric.bands, i)].length));
  return Math.max(50, longest);
}
