// The e-cology form specification as a sheet an administrator reads while building the form: one row per field,
// then the calculation rules and notes, with labels in English or Chinese.
import type { Language } from "../../rubric/language";
import type { EcologyField, EcologyFormSpec } from "./model";
import { neutraliseFormula } from "./values";

export type SheetCell = string | number;

const SHEET_TEXTS: Record<Language, Record<string, string>> = {
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
export function ecologySpecSheet(spec: EcologyFormSpec, language: Language = spec.language): SheetCell[][] {
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
