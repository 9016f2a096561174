import { Body1, Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import type { NewRubricKind } from "../../app/create-rubric";

export interface EmptyRubricProps {
  onCreate: (kind: NewRubricKind) => void;
  onImport: (file: File) => void;
  busy?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "flex-start" },
  buttons: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch" },
});

/** No rubric yet: what a rubric is, and three ways to start one. */
export function EmptyRubric({ onCreate, onImport, busy }: EmptyRubricProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <section className={styles.root} aria-labelledby="empty-rubric-title">
      <Subtitle2 as="h2" id="empty-rubric-title">
        {t("rubric.empty.title")}
      </Subtitle2>
      <Body1>{t("rubric.empty.body")}</Body1>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => onCreate("example")}>
          {t("rubric.empty.example")}
        </Button>
        <Button disabled={busy} onClick={() => onCreate("blank")}>
          {t("rubric.empty.blank")}
        </Button>
        <Button disabled={busy} onClick={() => fileInput.current?.click()}>
          {t("rubric.empty.import")}
        </Button>
      </div>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ""; // choosing the same file again fires again
          if (file) onImport(file);
        }}
      />
    </section>
  );
}
