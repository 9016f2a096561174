// Per person or per team in the period and filter: evaluations, mean, lowest and highest total, the points awarded,
// and how the totals fall into bands.
import { Caption1, mergeClasses } from "@fluentui/react-components";
import { PersonSummary, TeamSummary } from "../../rubric/review";
import { fixed, pointsText } from "./format";
import { useTableStyles } from "../tableStyles";
import { useReviewTexts } from "./texts";

interface Props {
  kind: "persons" | "teams";
  groups: readonly (PersonSummary | TeamSummary)[];
  decimals: number;
}

const nameOf = (g: PersonSummary | TeamSummary) => ("person" in g ? g.person : g.team);

export function SummaryTable({ kind, groups, decimals }: Props) {
  const styles = useTableStyles();
  const { t } = useReviewTexts();
  const id = `review-${kind}`;
  const head = (key: "name" | "evaluations" | "mean" | "range" | "points", name = false) => (
    <th scope="col" className={name ? mergeClasses(styles.cell, styles.name) : styles.cell}>
      {t(`review.summary.${key}`)}
    </th>
  );
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{t(`review.summary.${kind}`)}</h3>
      <div className={styles.scroll}>
        <table className={styles.table} data-testid={id}>
          <thead>
            <tr>
              {head("name", true)}
              {head("evaluations")}
              {head("mean")}
              {head("range")}
              {head("points")}
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => {
              const name = nameOf(g);
              return (
                <tr key={name} data-name={name} data-points={g.points}>
                  <th scope="row" className={mergeClasses(styles.cell, styles.name)}>
                    {name || t("review.summary.unnamed")}
                    <Caption1 className={styles.note}>
                      {t("review.summary.bands", { bands: g.bands.map((b) => `${b.label} ×${b.count}`).join(", ") })}
                    </Caption1>
                  </th>
                  <td className={styles.cell}>{g.evaluations}</td>
                  <td className={styles.cell}>{fixed(g.mean, decimals)}</td>
                  <td className={styles.cell}>
                    {fixed(g.min, decimals)}–{fixed(g.max, decimals)}
                  </td>
                  <td className={styles.cell}>{pointsText(g.points)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
