// The current rubric's evaluations that hold at least one score, in table order, with the data rows the sheet's
// selection covers: what the pane's evaluations store holds.
import { EvaluationInput } from "../rubric/evaluation";
import { readEvaluations as readEvaluationRows, selectedEvaluationRows } from "../workbook";
import { requireRubric } from "./current-rubric";
import { defineUseCase } from "./use-case";

/** A scored evaluation as exports and reports use it. */
export interface EvaluationRecord extends EvaluationInput {
  /** 0 = first data row of the evaluations table. */
  rowIndex: number;
  /** The row number Excel shows for it (1-based), as read: what messages name. */
  sheetRow: number;
  /** The evaluation's stable key ("" until the pane first reads its row). */
  key: string;
}

export interface EvaluationsRead {
  evaluations: EvaluationRecord[];
  /** The data rows (rowIndex) the selection covers, ascending; empty when it is outside the table. */
  selectedRows: number[];
}

export const readEvaluations = defineUseCase("readEvaluations", (session) =>
  session.run(async (context): Promise<EvaluationsRead> => {
    const { id } = await requireRubric(context);
    const read = await readEvaluationRows(context, id);
    const evaluations = read.rows
      .filter((row) => Object.values(row.values).some((v) => v !== null))
      .map((row): EvaluationRecord => ({
        rowIndex: row.rowIndex,
        sheetRow: read.firstSheetRow + row.rowIndex,
        key: row.key,
        date: row.date,
        process: row.process,
        person: row.person,
        team: row.team,
        reviewer: row.reviewer,
        values: row.values,
        comment: row.comment,
        ...(row.version === null ? {} : { version: row.version }),
      }));
    return { evaluations, selectedRows: await selectedEvaluationRows(context, id) };
  }),
);
