import { makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ProblemView } from "../../app/rubric-state";
import { languageOf } from "../../rubric/language";
import { describeProblem } from "../../rubric/problem";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: 0, listStyleType: "none", color: tokens.colorPaletteRedForeground1 },
  item: {
    paddingInlineStart: tokens.spacingHorizontalS,
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorPaletteRedBorder2,
  },
});

/** Validation problems in the pane's language, each with its cell where known. */
export function ProblemList({ problems, label }: { problems: readonly ProblemView[]; label: string }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  if (problems.length === 0) return null;
  const language = languageOf(i18n.language);
  const text = (p: ProblemView) => (p.problem ? describeProblem(p.problem, language) : p.message);
  return (
    <ul className={styles.list} aria-label={label}>
      {problems.map((p, i) => (
        <li key={i} className={styles.item}>
          {p.address ? t("rubric.problemAt", { message: text(p), address: p.address }) : text(p)}
        </li>
      ))}
    </ul>
  );
}
