// The export settings kept with a rubric, read when the Export tab first shows (its chunk): none until a first save.
import { readExportSettings as readSettingValues } from "../workbook";
import { ExportSettings, settingsFromValues } from "./export-settings";
import { defineUseCase } from "./use-case";

export const readExportSettings = defineUseCase("readExportSettings", (session, rubricId: string) =>
  session.run(async (context): Promise<ExportSettings> =>
    settingsFromValues(await readSettingValues(context, rubricId)),
  ),
);
