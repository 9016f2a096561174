// What the Export tab remembers per rubric: the e-cology workflow id, detail table name and field names, and the
// Camunda form id. Stored as key/value text in the rubric's export settings table (src/workbook/export-settings.ts)
// under stable keys; field names under "ecology.field.<the specification's field name>", which a manager may also
// add in the grid (e.g. ecology.field.person_name | beipingren); the form id under "camunda.formId". Pure: the
// Export tab uses it before the format modules are loaded.
import type { SettingValues } from "../workbook";

export interface ExportSettings {
  workflowId: string;
  detailTable: string;
  /** Field names that differ from the specification's, keyed by the specification's field name. */
  fields: Record<string, string>;
  /** The Camunda form's id; blank: the default, "rubric-<rubric id>". */
  camundaFormId: string;
}

export const NO_EXPORT_SETTINGS: ExportSettings = { workflowId: "", detailTable: "", fields: {}, camundaFormId: "" };

const WORKFLOW_ID = "ecology.workflowId";
const DETAIL_TABLE = "ecology.detailTable";
const FIELD = "ecology.field.";
const CAMUNDA_FORM_ID = "camunda.formId";

export function settingsFromValues(values: SettingValues): ExportSettings {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key.startsWith(FIELD) && key.length > FIELD.length && value.trim() !== "") {
      fields[key.slice(FIELD.length)] = value.trim();
    }
  }
  return {
    workflowId: values[WORKFLOW_ID] ?? "",
    detailTable: values[DETAIL_TABLE] ?? "",
    fields,
    camundaFormId: values[CAMUNDA_FORM_ID] ?? "",
  };
}

/** The values to keep. A field name the settings no longer hold is not listed: the table keeps what it has. */
export function valuesOfSettings(settings: ExportSettings): SettingValues {
  const values: SettingValues = {
    [WORKFLOW_ID]: settings.workflowId,
    [DETAIL_TABLE]: settings.detailTable,
    [CAMUNDA_FORM_ID]: settings.camundaFormId,
  };
  for (const [field, name] of Object.entries(settings.fields)) values[FIELD + field] = name;
  return values;
}

export const sameSettings = (a: ExportSettings, b: ExportSettings): boolean =>
  JSON.stringify(valuesOfSettings(a)) === JSON.stringify(valuesOfSettings(b));
