// Inserts an export as a new sheet (its name made valid and unique) holding the cells from A1 as data.
import { insertSheet as insertDataSheet } from "../workbook";
import { defineUseCase } from "./use-case";

/** A cell of an inserted sheet: text stays text (never a formula), numbers stay numbers. */
export type SheetValue = string | number;

/** Resolves to the new sheet's name. */
export const insertSheet = defineUseCase("insertSheet", (session, name: string, cells: SheetValue[][]) =>
  session.run((context) => insertDataSheet(context, name, cells)),
);
