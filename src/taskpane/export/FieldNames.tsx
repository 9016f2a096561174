// The e-cology field names, part of the payloads' mapping: a disclosure with one input per field of the form (main
// table, then detail table), the specification's name as the placeholder (blank keeps it), each name checked as it
// is typed with the payloads' own check (formats/ecology/field-names.ts), its problem shown under its input. A name
// kept for a field the form no longer has is listed too, so it can be cleared. Label and input share a line: 320 px.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Field,
  Input,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useExportTexts } from "./texts";
import type { FieldTable, MappableField } from "../../formats/ecology/field-names";
import type { MappingProblem } from "../../formats/ecology/mapping-problem";

export interface FieldNamesProps {
  fields: readonly MappableField[];
  /** The names given, by specification name ("" or absent: the specification's). */
  names: Readonly<Record<string, string>>;
  /** What is wrong with the names given (the payloads' check). */
  problems: readonly MappingProblem[];
  onName: (field: string, name: string) => void;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // The label takes what it needs up to 40% and wraps; the input the rest, however narrow the pane.
  field: { gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)", minWidth: 0, overflowWrap: "anywhere" },
  input: { width: "100%", minWidth: 0 },
  group: { margin: `${tokens.spacingVerticalXS} 0 0` },
});

const PANEL_ID = "field-names";

/** Each problem at the fields it concerns: a collision at the renamed one(s), naming the other. */
function problemsByField(
  problems: readonly MappingProblem[],
  names: Readonly<Record<string, string>>,
  labelOf: (field: string) => string,
) {
  const typed = (field: string) => (names[field] ?? "").trim() !== "";
  const at = new Map<string, { key: string; values: Record<string, string> }>();
  for (const p of problems) {
    if (p.problem === "fieldBadName" || p.problem === "fieldUnknown" || p.problem === "fieldUnmapped") {
      at.set(p.key, { key: p.problem, values: { key: p.key } });
    } else if (p.problem === "fieldCollision") {
      const pair = [
        [p.second, p.first],
        [p.first, p.second],
      ] as const;
      for (const [field, other] of pair) {
        if (typed(field) && !at.has(field))
          at.set(field, { key: p.problem, values: { other: labelOf(other), name: p.name } });
      }
    }
  }
  return at;
}

export function FieldNames({ fields, names, problems, onName }: FieldNamesProps) {
  const styles = useStyles();
  const { t } = useExportTexts();
  const text = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const known = new Set(fields.map((f) => f.fieldName));
  // Names kept for fields the forms do not have (typed in the grid, or of a criterion since removed); one cleared here
  // stays listed, blank, until the pane reads the settings again.
  const kept = Object.keys(names).filter((key) => !known.has(key));
  const renamed = Object.keys(names).filter((key) => known.has(key) && names[key].trim() !== "").length;
  const labels = new Map(fields.map((f) => [f.fieldName, f.label]));
  const at = problemsByField(problems, names, (field) => labels.get(field) ?? field);
  // Opens by itself when a name needs fixing (e.g. one kept in the workbook, once the settings are read).
  const [open, setOpen] = useState(false);
  const needsFixing = at.size > 0;
  useEffect(() => {
    if (needsFixing) setOpen(true);
  }, [needsFixing]);

  const input = (field: string, label: string) => {
    const problem = at.get(field);
    return (
      <Field
        key={field}
        className={styles.field}
        orientation="horizontal"
        size="small"
        label={label}
        validationState={problem ? "error" : "none"}
        validationMessage={problem ? text(`export.fieldNames.problem.${problem.key}`, problem.values) : undefined}
      >
        <Input
          className={styles.input}
          size="small"
          value={names[field] ?? ""}
          placeholder={known.has(field) ? field : undefined}
          spellCheck={false}
          autoComplete="off"
          onChange={(_, data) => onName(field, data.value)}
        />
      </Field>
    );
  };
  const group = (table: FieldTable) => (
    <>
      <Subtitle2 as="h4" className={styles.group}>
        {t(table === "main" ? "export.fieldNames.main" : "export.fieldNames.detail")}
      </Subtitle2>
      {fields.filter((f) => f.table === table).map((f) => input(f.fieldName, f.label))}
    </>
  );

  return (
    <Accordion
      collapsible
      openItems={open ? [PANEL_ID] : []}
      onToggle={(_, data) => setOpen(data.openItems.includes(PANEL_ID))}
    >
      <AccordionItem value={PANEL_ID}>
        <AccordionHeader size="small">
          {renamed > 0 ? t("export.fieldNames.titleRenamed", { count: renamed }) : t("export.fieldNames.title")}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Caption1>{t("export.fieldNames.note")}</Caption1>
          {group("main")}
          {group("detail")}
          {kept.length > 0 && (
            <>
              <Subtitle2 as="h4" className={styles.group}>
                {t("export.fieldNames.unknown")}
              </Subtitle2>
              {kept.map((key) => input(key, key))}
            </>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
