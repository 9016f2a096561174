import { Field, Input } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { RawValue } from "../../rubric/model";
import { ValueProblem, textOfValue, valueFromText } from "./values";

export interface NumberScoreProps {
  max: number;
  value: RawValue;
  problem: ValueProblem | null;
  disabled?: boolean;
  onChange: (value: RawValue) => void;
}

/** A score typed as a number from 0 to max, for a criterion without levels. */
export function NumberScore({ max, value, problem, disabled, onChange }: NumberScoreProps) {
  const { t } = useTranslation();
  return (
    <Field
      label={t("score.valueLabel", { max })}
      validationState={problem ? "error" : "none"}
      validationMessage={problem ? t(`score.${problem}`, { max }) : undefined}
    >
      <Input
        inputMode="decimal"
        autoComplete="off"
        disabled={disabled}
        value={disabled ? "" : textOfValue(value)}
        onChange={(_, data) => onChange(valueFromText(data.value))}
      />
    </Field>
  );
}
