// Keeps the Export tab's settings with the rubric: only the cells whose value changed are written (a first save
// makes the settings table on the versions sheet). Resolves to the setting keys written.
import { writeExportSettings } from "../workbook";
import { ExportSettings, valuesOfSettings } from "./export-settings";
import { defineUseCase } from "./use-case";

export const saveExportSettings = defineUseCase(
  "saveExportSettings",
  (session, rubricId: string, settings: ExportSettings) =>
    session.run((context) => writeExportSettings(context, rubricId, valuesOfSettings(settings))),
);
