// Per person or per team: evaluations, mean total and points before → after, and (for persons) the rank by points.
// The groups whose points move most come first.
import { Caption1, makeStyles, mergeClasses } from "@fluentui/react-components";
import { useMemo } from "react";
import { GroupMove } from "../../rubric/whatif";
import { fixed, pointsText, signed } from "./format";
import { useTableStyles } from "../tableStyles";
import { useWhatIfTexts } from "./texts";

const useStyles = makeStyles({
  name: { textAlign: "start", whiteSpace: "normal", overflowWrap: "anywhere" },
});

interface Props {
  groups: GroupMove[];
  decimals: number;
  kind: "persons" | "teams";
  /** How many rows at most (the most moved first). */
  limit?: number;
}

export function GroupTable({ groups, decimals, kind, limit = 15 }: Props) {
  const styles = { ...useTableStyles(), ...useStyles() };
  const { t } = useWhatIfTexts();
  const shown = useMemo(
    () =>
      [...groups]
        .sort((a, b) => Math.abs(b.pointsChange) - Math.abs(a.pointsChange) || a.name.localeCompare(b.name))
        .slice(0, limit),
    [groups, limit],
  );
  const id = `whatif-${kind}`;
  const arrow = (before: string, after: string) => t("whatif.summary.beforeAfter", { before, after });
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{t(`whatif.groups.${kind}`)}</h3>
      <div className={styles.scroll}>
        <table className={styles.table} data-testid={id}>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.cell, styles.name)}>
                {t("whatif.groups.name")}
              </th>
              <th scope="col" className={styles.cell}>
                {t("whatif.groups.mean")}
              </th>
              <th scope="col" className={styles.cell}>
                {t("whatif.groups.points")}
              </th>
              {kind === "persons" && (
                <th scope="col" className={styles.cell}>
                  {t("whatif.groups.rank")}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {shown.map((g) => (
              <tr key={g.name} data-name={g.name}>
                <th scope="row" className={mergeClasses(styles.cell, styles.name)}>
                  {g.name || t("whatif.groups.unnamed")} <Caption1>({g.evaluations})</Caption1>
                </th>
                <td className={styles.cell}>{arrow(fixed(g.before.mean, decimals), fixed(g.after.mean, decimals))}</td>
                <td className={styles.cell} data-points-change={g.pointsChange}>
                  {arrow(pointsText(g.before.points), pointsText(g.after.points))} (
                  {signed(pointsText(g.pointsChange), g.pointsChange)})
                </td>
                {kind === "persons" && (
                  <td className={styles.cell}>
                    {g.rankBefore === null
                      ? "—"
                      : t("whatif.groups.rankMove", { before: g.rankBefore, after: g.rankAfter })}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
