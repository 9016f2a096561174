// Date, Process, Person, Team and Reviewer of the evaluation. Required fields are marked (Field `required`); a
// problem shows next to its field. Person and Team offer the sheet's values through a native datalist (no combobox
// on the pane's first download). Fields wrap and stack in a narrow pane: no fixed widths.
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { FieldProblem, IDENTITY_FIELDS, IdentityField, REQUIRED_FIELDS, isIsoDate } from "./fields";
import type { Suggestions } from "./suggestions";

export interface IdentityFieldsProps {
  fields: Readonly<Record<IdentityField, string>>;
  onChange: (field: IdentityField, value: string) => void;
  /** The problems to show, by field. */
  problems: Partial<Record<IdentityField, FieldProblem>>;
  suggestions: Suggestions;
  /** A field offering suggestions got focus: read them if not yet read. */
  onSuggest?: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  field: { flex: "1 1 9rem", minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
});

export function IdentityFields({ fields, onChange, problems, suggestions, onSuggest }: IdentityFieldsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const listId = useId();
  return (
    <div className={styles.root}>
      {IDENTITY_FIELDS.map((field) => {
        const problem = problems[field];
        const offered = field === "person" || field === "team" ? suggestions[field] : null;
        const label = t(`score.fields.${field}`);
        return (
          <Field
            key={field}
            className={styles.field}
            label={label}
            required={REQUIRED_FIELDS.has(field)}
            validationState={problem ? "error" : "none"}
            validationMessage={problem ? t(`score.${problem}`, { field: label }) : undefined}
          >
            <Input
              className={styles.input}
              data-field={field}
              // A date picker where the cell holds a date (or nothing); the cell's text as it is otherwise.
              type={field === "date" && (fields.date === "" || isIsoDate(fields.date)) ? "date" : "text"}
              autoComplete="off"
              value={fields[field]}
              list={offered ? `${listId}-${field}` : undefined}
              onFocus={offered ? onSuggest : undefined}
              onChange={(_, data) => onChange(field, data.value)}
            />
          </Field>
        );
      })}
      {(["person", "team"] as const).map((field) => (
        <datalist key={field} id={`${listId}-${field}`}>
          {suggestions[field].map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
      ))}
    </div>
  );
}
