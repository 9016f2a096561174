// What a Camunda modeller links the exported form by: its id (a user task's linked form names it). Blank keeps the
// default, "rubric-<rubric id>", shown as the placeholder; what is typed is checked as it is typed (a Camunda id),
// and the form is not produced while it is not one.
import { Field, Input } from "@fluentui/react-components";
import { useExportTexts } from "./texts";
import { camundaFormId, camundaIdProblem } from "../../formats/camunda/ids";
import { useProblemText } from "./problem-text";

export interface CamundaOptionsProps {
  rubricId: string;
  formId: string;
  onFormId: (value: string) => void;
}

export function CamundaOptions({ rubricId, formId, onFormId }: CamundaOptionsProps) {
  const { t } = useExportTexts();
  const describe = useProblemText();
  const typed = formId.trim();
  const problem = typed === "" ? undefined : camundaIdProblem(typed);
  return (
    <Field
      label={t("export.camundaFormId")}
      hint={problem ? undefined : t("export.camundaFormIdHint")}
      validationState={problem ? "error" : "none"}
      validationMessage={problem ? describe(problem) : undefined}
    >
      <Input
        value={formId}
        placeholder={camundaFormId({ id: rubricId })}
        spellCheck={false}
        autoComplete="off"
        onChange={(_, data) => onFormId(data.value)}
      />
    </Field>
  );
}
