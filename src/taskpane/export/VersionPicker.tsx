// Which version the rubric formats export: every published version, newest first ("Version 3 (latest)"), and the
// working draft when it has unpublished changes.
import { Dropdown, Field, Option } from "@fluentui/react-components";
import { useExportTexts } from "./texts";
import type { VersionChoice, VersionOption } from "../../app/export-version";

export interface VersionPickerProps {
  options: readonly VersionOption[];
  value: VersionChoice;
  onChange: (choice: VersionChoice) => void;
}

const keyOf = (choice: VersionChoice) => String(choice);

export function VersionPicker({ options, value, onChange }: VersionPickerProps) {
  const { t } = useExportTexts();
  const label = (o: VersionOption) =>
    o.choice === "draft"
      ? t("export.workingDraft")
      : o.latest
        ? t("export.versionLatest", { version: o.version })
        : t("export.versionOption", { version: o.version });
  const selected = options.find((o) => o.choice === value);
  return (
    <Field label={t("export.version")}>
      <Dropdown
        value={selected ? label(selected) : ""}
        selectedOptions={[keyOf(value)]}
        // Not clearable, but Fluent renders the (hidden) clear button with an English label of its own.
        clearButton={{ "aria-label": t("export.clearVersion") }}
        onOptionSelect={(_, data) => {
          const chosen = options.find((o) => keyOf(o.choice) === data.optionValue);
          if (chosen) onChange(chosen.choice);
        }}
      >
        {options.map((o) => (
          <Option key={keyOf(o.choice)} value={keyOf(o.choice)}>
            {label(o)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
