import { makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ProblemView } from "../../app/rubric-state";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: 0, listStyleType: "none", color: tokens.colorPaletteRedForeground1 },
  item: {
    paddingInlineStart: tokens.spacingHorizontalS,
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorPaletteRedBorder2,
  },
});

/** Validation problems, each with its cell where known. */
export function ProblemList({ problems, label }: { problems: readonly ProblemView[]; label: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={label}>
      {problems.map((p, i) => (
        <li key={i} className={styles.item}>
          {p.address ? t("rubric.problemAt", { message: p.message, address: p.address }) : p.message}
        </li>
      ))}
    </ul>
  );
}
