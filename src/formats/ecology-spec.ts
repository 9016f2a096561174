// The form specification a Weaver e-cology (E9) administrator follows once to build the workflow form that receives
// a stabilised rubric's evaluations: main-table fields, a detail table with one row per criterion, and the
// calculation rules that fit e-cology's own arithmetic. Everything e-cology cannot reproduce exactly (N/A
// renormalisation, gates, the floor at 0, rounding half away from zero, bands) comes from the payload
// (ecology-payload.ts) into read-only fields, so the workflow shows what the workbook computed.
import { Criterion, Rubric } from "../rubric/model";
import { bandLabel } from "../rubric/bands";
import { COMMENT_MAX_LENGTH, NAME_MAX_LENGTH, neutraliseFormula, plainNumber } from "./ecology/values";

export type EcologyLanguage = "en" | "zh";

/** e-cology's fieldhtmltype: 1 single-line text, 2 multi-line text, 5 select box. */
export type EcologyHtmlType = 1 | 2 | 5;
/** The type (subtype) of a single-line text field: 1 text, 2 integer, 3 decimal. */
export type EcologyTextType = 1 | 2 | 3;

export interface EcologySelectOption {
  /** e-cology's selectvalue: what the form stores and what the payload sends. Options are numbered 0, 1, 2, ... in
   * the order given, as the form designer numbers them when they are added in that order. */
  value: number;
  /** selectname: what the user sees. */
  label: string;
  /** The raw value (level points) the option stands for, or "NA". */
  stands: number | "NA";
}

export type EcologyFieldSource = "evaluation" | "rubric" | "computed";

export interface EcologyField {
  /** The database field name: ASCII, lower case, at most 30 characters, unique within its table. */
  fieldName: string;
  label: string;
  fieldHtmlType: EcologyHtmlType;
  /** For fieldHtmlType 1 only. */
  type?: EcologyTextType;
  /** Text length (characters), for text fields. */
  length?: number;
  /** Decimal places, for decimal fields (type 3). */
  decimals?: number;
  /** For select boxes (fieldHtmlType 5). */
  options?: EcologySelectOption[];
  required: boolean;
  readOnly: boolean;
  /** Where the value comes from: the reviewer's evaluation, the rubric, or the add-in's engine. */
  source: EcologyFieldSource;
  /** The criterion the field belongs to, for per-criterion fields. */
  criterion?: string;
}

export interface EcologyCalculation {
  /** Whether the rubric's arithmetic fits plain weighted sums (then the rules below reproduce it). */
  fits: boolean;
  /** The detail-table row rule, as an administrator enters it; present when `fits`. */
  rowRule?: string;
  /** The column (sum) rule into the main table; present when `fits`. */
  columnRule?: string;
  /** K: scale / total weight of the score criteria. */
  factor: number;
  /** Plain-language statements: what the rules do and do not reproduce, and why total, points and band come from
   * the payload. */
  notes: string[];
}

export interface EcologyFormSpec {
  rubricId: string;
  rubricVersion: number;
  title: string;
  language: EcologyLanguage;
  main: EcologyField[];
  detail: { label: string; fields: EcologyField[] };
  calculation: EcologyCalculation;
}

export interface EcologySpecOptions {
  /** Language of the fixed labels and notes. Default "en". */
  language?: EcologyLanguage;
  /** Decimal places of free (level-less) score fields. Default 2. */
  scoreDecimals?: number;
}

/** The longest field name e-cology accepts on every database it supports (Oracle: 30). */
export const ECOLOGY_FIELD_NAME_MAX = 30;
export const ECOLOGY_FIELD_NAME_PATTERN = /^[a-z][a-z0-9_]{0,29}$/;
/** Decimal places of the detail contributions and of the sum check. */
export const contributionDecimals = (rubric: Rubric): number => Math.min(6, rubric.settings.decimals + 2);
/** Decimal places of the factor K. */
export const FACTOR_DECIMALS = 6;

/** Fixed main-table fields: their keys are their default field names. */
export const MAIN_FIELDS = {
  process: "process_name",
  person: "person_name",
  team: "team_name",
  reviewer: "reviewer_name",
  date: "eval_date",
  total: "total_score",
  points: "band_points",
  band: "band_label",
  totalCheck: "total_check",
  rubricId: "rubric_id",
  rubricVersion: "rubric_version",
  comment: "eval_comment",
} as const;

export const DETAIL_FIELDS = {
  criterion: "crit_id",
  label: "crit_label",
  kind: "crit_kind",
  weight: "crit_weight",
  max: "crit_max",
  score: "crit_score",
  factor: "crit_factor",
  contribution: "crit_contrib",
} as const;

type Texts = Record<keyof typeof MAIN_FIELDS | `detail_${keyof typeof DETAIL_FIELDS}` | "detailTable" | "na", string>;

const TEXTS: Record<EcologyLanguage, Texts> = {
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
    detailTable: "评分项",
    detail_criterion: "评分项编号",
    detail_label: "评分项",
    detail_kind: "类型",
    detail_weight: "权重",
    detail_max: "满分",
    detail_score: "得分",
    detail_factor: "系数K",
    detail_contribution: "加权得分",
    na: "不适用",
  },
};

/** Default field names of the per-criterion main fields: `score_<id in lower case>`, at most 30 characters,
 * unique (a numbered suffix where shortening makes two alike). Keyed by criterion id. */
export function criterionFieldNames(criteria: readonly Pick<Criterion, "id">[]): Map<string, string> {
  const taken = new Set<string>([...Object.values(MAIN_FIELDS)]);
  const names = new Map<string, string>();
  for (const c of criteria) {
    const base = `score_${c.id.toLowerCase().replace(/[^a-z0-9_]/g, "_")}`;
    let name = base.slice(0, ECOLOGY_FIELD_NAME_MAX);
    for (let n = 2; taken.has(name); n++) {
      const suffix = `_${n}`;
      name = base.slice(0, ECOLOGY_FIELD_NAME_MAX - suffix.length).replace(/_+$/, "") + suffix;
    }
    taken.add(name);
    names.set(c.id, name);
  }
  return names;
}

/** The options of a level criterion's select box: its levels in order, then "NA" where allowed. */
export function levelOptions(c: Criterion, language: EcologyLanguage): EcologySelectOption[] {
  const options: EcologySelectOption[] = (c.levels ?? []).map((l, i) => ({
    value: i,
    label: `${plainNumber(l.points)} = ${l.label}`,
    stands: l.points,
  }));
  if (c.allowNA) options.push({ value: options.length, label: `NA = ${TEXTS[language].na}`, stands: "NA" });
  return options;
}

const hasLevels = (c: Criterion) => c.levels !== undefined && c.levels.length > 0;

/** The weighting factor K = scale / Σ weights of the score criteria. */
export const scoreFactor = (rubric: Rubric): number =>
  rubric.settings.scale / rubric.criteria.reduce((sum, c) => (c.kind === "score" ? sum + c.weight : sum), 0);

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
      ...decimal(MAIN_FIELDS.points, t.points, Math.max(0, ...rubric.bands.map((b) => places(b.points)))),
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
  const maxPlaces = (values: number[]) => Math.min(6, Math.max(0, ...values.map(places)));
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
    calculation: calculation(rubric, language),
  };
}

const places = (x: number): number => {
  const text = plainNumber(x);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
};

const levelPoints = (rubric: Rubric): number[] => rubric.criteria.flatMap((c) => (c.levels ?? []).map((l) => l.points));

function bandLength(rubric: Rubric): number {
  const longest = Math.max(0, ...rubric.bands.map((_, i) => [...bandLabel(rubric.bands, i)].length));
  return Math.max(50, longest);
}

function calculation(rubric: Rubric, language: EcologyLanguage): EcologyCalculation {
  const k = scoreFactor(rubric);
  const kText = plainNumber(Number(k.toFixed(FACTOR_DECIMALS)));
  const exactK = Number(k.toFixed(FACTOR_DECIMALS)) === k;
  const d = DETAIL_FIELDS;
  const ids = (pred: (c: Criterion) => boolean) =>
    rubric.criteria
      .filter(pred)
      .map((c) => c.id)
      .join(", ");
  const na = ids((c) => c.allowNA);
  const gates = ids((c) => c.kind === "gate");
  const penalties = ids((c) => c.kind === "penalty");
  const zh = language === "zh";
  const misfits: string[] = [];
  if (na) {
    misfits.push(
      zh
        ? `评分项 ${na} 允许"不适用"(NA)：此时其余得分项的权重重新归一，系数K随每条记录变化，e-cology 的固定规则无法重现。`
        : `Criteria ${na} allow "NA" (not applicable): the other score criteria are then renormalised, so K changes from one evaluation to the next, which a fixed e-cology rule cannot reproduce.`,
    );
  }
  if (gates) {
    misfits.push(
      zh
        ? `否决项 ${gates}：任一否决项得分低于满分一半时总分为 0。`
        : `Gate criteria ${gates}: any gate scored below half its max makes the total 0.`,
    );
  }
  if (penalties) {
    misfits.push(
      zh
        ? `扣分项 ${penalties}：总分最低为 0，不会为负。`
        : `Penalty criteria ${penalties}: the total never falls below 0.`,
    );
  }
  if (!exactK) {
    misfits.push(
      zh
        ? `系数 K = ${rubric.settings.scale} / 得分项权重合计，不能精确写成 ${FACTOR_DECIMALS} 位小数。`
        : `K = ${rubric.settings.scale} / total score weight is not exact with ${FACTOR_DECIMALS} decimal places.`,
    );
  }
  const fits = misfits.length === 0;
  const s = rubric.settings;
  const notes: string[] = [];
  if (fits) {
    notes.push(
      zh
        ? `行规则：每行 ${d.contribution} = ${d.score} / ${d.max} × ${d.weight} × ${d.factor}。${d.factor}（系数K）由接口数据写入：得分项为 ${s.scale} / 得分项权重合计 = ${kText}，加分项为 1。列规则：${MAIN_FIELDS.totalCheck} = ${d.contribution} 列合计，即未取整的总分。`
        : `Row rule: on every row ${d.contribution} = ${d.score} / ${d.max} × ${d.weight} × ${d.factor}. ${d.factor} (K) comes from the payload: ${s.scale} / total score weight = ${kText} for score criteria, 1 for bonus criteria. Column rule: ${MAIN_FIELDS.totalCheck} = the sum of ${d.contribution}, the total before rounding.`,
    );
  } else {
    notes.push(
      zh
        ? `此评分标准的计算不是简单的加权求和，不设计算规则；明细和合计全部由接口数据写入：`
        : `This rubric's arithmetic is not a plain weighted sum, so enter no calculation rules; the detail rows and the sum come from the payload as well:`,
      ...misfits,
    );
  }
  notes.push(
    zh
      ? `总分按"远离零方向四舍五入"保留 ${s.decimals} 位小数，且按十进制精确计算（84.95 → 85.0）；积分和档次按档次表（含下限、不含上限）查出。e-cology 的计算规则做不到这些，因此 ${MAIN_FIELDS.total}、${MAIN_FIELDS.points}、${MAIN_FIELDS.band} 一律由接口数据写入（插件计算），设为只读，不设规则。`
      : `The total is rounded to ${s.decimals} decimal places half away from zero, exactly as a decimal (84.95 → 85.0), and points and band are looked up in the bands (from inclusive, next from exclusive). e-cology's calculation rules do neither, so ${MAIN_FIELDS.total}, ${MAIN_FIELDS.points} and ${MAIN_FIELDS.band} always come from the payload (the add-in computes them): read-only, with no rule.`,
    zh
      ? `各评分项得分为只读：如需修改，请在工作簿中修改后重新导出，否则总分与得分不一致。`
      : `Scores are read-only: change them in the workbook and export again, or the total would no longer match them.`,
  );
  return fits
    ? {
        fits,
        factor: k,
        rowRule: `detail.${d.contribution} = detail.${d.score} / detail.${d.max} * detail.${d.weight} * detail.${d.factor}`,
        columnRule: `main.${MAIN_FIELDS.totalCheck} = SUM(detail.${d.contribution})`,
        notes,
      }
    : { fits, factor: k, notes };
}

// ---------------------------------------------------------------------------------------------------------------
// The specification as a sheet

export type SheetCell = string | number;

const SHEET_TEXTS: Record<EcologyLanguage, Record<string, string>> = {
  en: {
    table: "Table",
    fieldName: "Field name",
    label: "Label",
    htmlType: "fieldhtmltype",
    type: "Type",
    length: "Length",
    decimals: "Decimals",
    options: "Options (value: text)",
    required: "Required",
    readOnly: "Read-only",
    source: "Value from",
    main: "Main table",
    detail: "Detail table",
    yes: "Yes",
    no: "No",
    html1: "1 Single-line text",
    html2: "2 Multi-line text",
    html5: "5 Select box",
    type1: "1 Text",
    type2: "2 Integer",
    type3: "3 Decimal",
    evaluation: "Evaluation",
    rubric: "Rubric",
    computed: "Add-in (payload)",
    rowRule: "Row rule",
    columnRule: "Column rule",
    note: "Note",
    fits: "Calculation",
    fitsYes: "Plain weighted sum: enter the rules below",
    fitsNo: "Not a plain weighted sum: enter no rules",
  },
  zh: {
    table: "表",
    fieldName: "数据库字段名",
    label: "显示名",
    htmlType: "表现形式",
    type: "类型",
    length: "文本长度",
    decimals: "小数位数",
    options: "选项（选项值：选项文字）",
    required: "必填",
    readOnly: "只读",
    source: "取值来源",
    main: "主表",
    detail: "明细表",
    yes: "是",
    no: "否",
    html1: "1 单行文本框",
    html2: "2 多行文本框",
    html5: "5 选择框",
    type1: "1 文本",
    type2: "2 整数",
    type3: "3 浮点数",
    evaluation: "评价记录",
    rubric: "评分标准",
    computed: "插件计算（接口数据）",
    rowRule: "行规则",
    columnRule: "列规则",
    note: "说明",
    fits: "计算",
    fitsYes: "简单加权求和：按下列规则设置",
    fitsNo: "不是简单加权求和：不设计算规则",
  },
};

/**
 * The specification as rows of cells for a sheet: a header row, one row per main-table field, one per detail
 * field, then the calculation rules and notes. Every row has the header's length. Text a spreadsheet would take for
 * a formula (starting with = + - @) is prefixed with an apostrophe, so labels from the rubric stay text.
 */
export function ecologySpecSheet(spec: EcologyFormSpec, language: EcologyLanguage = spec.language): SheetCell[][] {
  const t = SHEET_TEXTS[language];
  const header = [
    t.table,
    t.fieldName,
    t.label,
    t.htmlType,
    t.type,
    t.length,
    t.decimals,
    t.options,
    t.required,
    t.readOnly,
    t.source,
  ];
  const width = header.length;
  const yesNo = (b: boolean) => (b ? t.yes : t.no);
  const fieldRow = (table: string, f: EcologyField): SheetCell[] => [
    table,
    f.fieldName,
    f.label,
    t[`html${f.fieldHtmlType}`],
    f.type === undefined ? "" : t[`type${f.type}`],
    f.length ?? "",
    f.decimals ?? "",
    (f.options ?? []).map((o) => `${o.value}: ${o.label}`).join("; "),
    yesNo(f.required),
    yesNo(f.readOnly),
    t[f.source],
  ];
  const textRow = (...cells: string[]): SheetCell[] => [...cells, ...new Array<string>(width - cells.length).fill("")];
  const c = spec.calculation;
  const rows: SheetCell[][] = [
    header,
    ...spec.main.map((f) => fieldRow(t.main, f)),
    ...spec.detail.fields.map((f) => fieldRow(t.detail, f)),
    textRow(),
    textRow(t.fits, c.fits ? t.fitsYes : t.fitsNo),
    ...(c.rowRule !== undefined ? [textRow(t.rowRule, c.rowRule)] : []),
    ...(c.columnRule !== undefined ? [textRow(t.columnRule, c.columnRule)] : []),
    ...c.notes.map((note) => textRow(t.note, note)),
  ];
  return rows.map((row) => row.map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : cell)));
}
