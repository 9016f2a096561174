// A list of changes between two versions of a rubric, each worded in the pane's language (the domain's change words,
// as the versions sheet writes them) with a badge saying whether it can move a score. Scoring changes come first.
import { Badge, Body1, makeStyles, tokens } from "@fluentui/react-components";
import { useVersionTexts } from "./texts";
import type { ClassifiedChange } from "../../rubric/diff";
import type { Rubric } from "../../rubric/model";
import { describeChange } from "../../rubric/vocabulary/change-words/describe";
import { languageOf } from "../i18n";

export interface ChangeListProps {
  changes: readonly ClassifiedChange[];
  /** The rubric the changes lead to: names a band by its From ("Band 85 points 2 → 2.5") rather than its position. */
  to?: Rubric;
  /** The version the changes are counted from: the empty state says "No changes since version N". */
  since?: number;
  /** What the empty state says instead (it wins over `since`). */
  emptyText?: string;
  /** The list's accessible name; "Changes" by default. */
  label?: string;
}

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column" },
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  // Labels are user text: a long one wraps anywhere rather than widening the pane.
  text: { flexGrow: 1, flexBasis: "12em", minWidth: 0, overflowWrap: "anywhere" },
  badge: { flexShrink: 0 },
  empty: { color: tokens.colorNeutralForeground3 },
});

/** The changes, scoring ones first (each group in the diff's order), or an honest empty state. */
export function ChangeList({ changes, to, since, emptyText, label }: ChangeListProps) {
  const styles = useStyles();
  const { t, i18n } = useVersionTexts();
  const language = languageOf(i18n.language);
  if (changes.length === 0) {
    const text =
      emptyText ??
      (since === undefined ? t("versions.changes.none") : t("versions.changes.noneSince", { version: since }));
    return <Body1 className={styles.empty}>{text}</Body1>;
  }
  const ordered = [...changes.filter((c) => c.impact === "scoring"), ...changes.filter((c) => c.impact !== "scoring")];
  return (
    // An explicit role: some browsers drop a list's role when its bullets are hidden.
    <ul role="list" className={styles.list} aria-label={label ?? t("versions.changes.label")}>
      {ordered.map((change, i) => (
        <li key={i} className={styles.item} data-impact={change.impact}>
          <Body1 className={styles.text}>{describeChange(change, language, to)}</Body1>
          <ImpactBadge impact={change.impact} />
        </li>
      ))}
    </ul>
  );
}

/** "Scoring" or "Text only": in words, the colour only repeats them. */
export function ImpactBadge({ impact }: { impact: ClassifiedChange["impact"] }) {
  const styles = useStyles();
  const { t } = useVersionTexts();
  return (
    <Badge
      className={styles.badge}
      appearance="tint"
      shape="rounded"
      color={impact === "scoring" ? "warning" : "informative"}
    >
      {t(`versions.impact.${impact}`)}
    </Badge>
  );
}
