// "Set up targets": a points targets sheet and table, one row per person of the evaluations (the pane's store gives
// them: no table is read again) with Level and Target blank for the manager to fill, in the pane's language, and
// selected. Refused, writing nothing, when the workbook has the table already. Writes only the new sheet.
import { CreatedPointsTargets, createPointsTargetsTable } from "../workbook/points-targets";
import { defineUseCase } from "./use-case";

export const createPointsTargets = defineUseCase("createPointsTargets", (session, persons: readonly string[]) =>
  session.run((context): Promise<CreatedPointsTargets> => createPointsTargetsTable(context, session.language, persons)),
);
