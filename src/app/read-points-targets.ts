// The workbook's points targets, read when the Review tab's ledger first shows and on Refresh: the PointsTargets
// table (wherever it is) parsed into targets per person or per level, each bad row a problem naming its sheet row.
// Null when the workbook has no such table (nothing is written either way). Two syncs (one without the table).
import { TargetsTable, parsePointsTargets } from "../rubric/review";
import { readPointsTargetsTable } from "../workbook/points-targets";
import { defineUseCase } from "./use-case";

export interface PointsTargetsRead extends TargetsTable {
  /** The sheet the table is on (a user may have renamed or moved it). */
  sheet: string;
}

export const readPointsTargets = defineUseCase("readPointsTargets", (session) =>
  session.run(async (context): Promise<PointsTargetsRead | null> => {
    const cells = await readPointsTargetsTable(context);
    return cells ? { sheet: cells.sheet, ...parsePointsTargets(cells.values, cells.headerRow) } : null;
  }),
);
