// The rubric's Status setting in the sheet's language: a Chinese sheet shows 草稿 / 稳定 / 定稿 (and offers them in its
// drop-down), an English one draft / stable / final; either word is read, so a Chinese sheet made when the status
// was written in English still opens, and takes the Chinese word at its next status change. The versions table's
// Status column follows the same rule.
import { createRubric } from "../../src/app/create-rubric";
import { buildExport } from "../../src/app/export-rubric";
import { readRubric } from "../../src/app/read-rubric";
import { finaliseRubric, markStable, reopenRubric } from "../../src/app/rubric-status";
import { SimulatedHost } from "../host";
import { cellsOf, changedCells, headers, numberFormats, sheetOf, typeInto, valueAt } from "../support/host-helpers";
import { hostSession, valueOf } from "../support/session";

/** The Status setting's value cell: B4 of the rubric sheet (row 4 of the settings block). */
const STATUS = { row: 3, column: 1 };

function rubricSheet(host: SimulatedHost): string {
  return host.model.sheets.find((s) => s.name.endsWith(" 评分标准") || s.name.endsWith(" rubric"))!.name;
}

/** The list the Status cell's drop-down offers. */
function statusDropDown(host: SimulatedHost): string | undefined {
  const rule = sheetOf(host, rubricSheet(host)).validationAt(STATUS.row, STATUS.column)?.rule as
    { list?: { source?: string } } | undefined;
  return rule?.list?.source;
}

const statusCell = (host: SimulatedHost) => valueAt(host, rubricSheet(host), [STATUS.row, STATUS.column]);

/** The Versions table's Status cells, in table order. */
function versionStatuses(host: SimulatedHost): unknown[] {
  const table = host.model.tables.find((t) => t.name.startsWith("Versions_"))!;
  const at = headers(host, table.name).findIndex((h) => h === "状态" || h === "Status");
  return Array.from({ length: table.box.rows - 1 }, (_, r) =>
    host.model.valueAt(table.sheet, table.box.row + 1 + r, table.box.column + at),
  );
}

describe.each(["null", "zero"] as const)("status words (empty cells as %s)", (emptyCells) => {
  it("a Chinese sheet: 草稿 written and offered; each status change writes its Chinese word, read as the status", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false, language: "zh" });
    valueOf(await createRubric(session, "example"));
    const sheet = rubricSheet(host);
    expect(statusCell(host)).toBe("草稿");
    expect(numberFormats(host, sheet, "B4")).toEqual([["@"]]);
    expect(statusDropDown(host)).toBe("草稿,稳定,定稿");
    expect(versionStatuses(host)).toEqual(["草稿"]);
    expect(valueOf(await readRubric(session)).rubric?.status).toBe("draft");

    const before = cellsOf(host);
    const stable = valueOf(await markStable(session, { note: "稳定了" }));
    expect(stable.rubric?.status).toBe("stable");
    expect(statusCell(host)).toBe("稳定");
    // The Status cell and the history's row: nothing else of the rubric sheet.
    expect(changedCells(before, cellsOf(host)).filter((a) => a.startsWith(`${sheet}!`))).toEqual([`${sheet}!B4`]);

    expect(valueOf(await finaliseRubric(session)).rubric?.status).toBe("final");
    expect(statusCell(host)).toBe("定稿");
    expect(valueOf(await reopenRubric(session)).rubric?.status).toBe("draft");
    expect(statusCell(host)).toBe("草稿");
    expect(statusDropDown(host)).toBe("草稿,稳定,定稿");
    // The published version keeps the status it was published with, and is still the version as published.
    const state = valueOf(await readRubric(session));
    expect(state.versions?.history.versions.map((v) => v.rubric.status)).toEqual(["draft"]);
    const file = buildExport("rubricJson", {
      rubric: state.rubric!,
      versions: state.versions!.history.versions,
      language: "zh",
      version: 1,
    });
    expect(file.ok).toBe(true);
  });

  it("a Chinese sheet made before: the English word is read, and the next change writes the Chinese one", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false, language: "zh" });
    valueOf(await createRubric(session, "example"));
    const sheet = rubricSheet(host);
    // As the add-in wrote it then: the English word (typed here as a manager would), in any case.
    typeInto(host, sheet, STATUS.row, STATUS.column, "Draft");
    expect(valueOf(await readRubric(session)).rubric?.status).toBe("draft");
    typeInto(host, sheet, STATUS.row, STATUS.column, "final");
    expect(valueOf(await readRubric(session)).rubric?.status).toBe("final");
    typeInto(host, sheet, STATUS.row, STATUS.column, "draft");

    valueOf(await finaliseRubric(session));
    expect(statusCell(host)).toBe("定稿");
    expect(statusDropDown(host)).toBe("草稿,稳定,定稿");
    expect(valueOf(await readRubric(session)).rubric?.status).toBe("final");
  });

  it("a word of no language is named as the rubric's problem, as before", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false, language: "zh" });
    valueOf(await createRubric(session, "example"));
    typeInto(host, rubricSheet(host), STATUS.row, STATUS.column, "已完成");
    const read = valueOf(await readRubric(session));
    expect(read.rubric?.status).toBe("已完成");
    expect(read.problems).toEqual([
      expect.objectContaining({ address: `'${rubricSheet(host)}'!B4`, message: expect.stringMatching(/status/) }),
    ]);
  });

  it("an English sheet keeps the English words", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    expect(statusCell(host)).toBe("draft");
    expect(statusDropDown(host)).toBe("draft,stable,final");
    valueOf(await finaliseRubric(session));
    expect(statusCell(host)).toBe("final");
    expect(versionStatuses(host)).toEqual(["draft"]);
  });
});
