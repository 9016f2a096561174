// From which band to which: rows are the bands before (as awarded), columns the bands after; errors and unscored
// evaluations are their own row and column, shown when any evaluation is one. Off-diagonal cells are the movers.
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Band } from "../../rubric/model";
import { WhatIfSummary } from "../../rubric/whatif";
import { pointsText } from "./format";
import { useTableStyles } from "../tableStyles";
import { useWhatIfTexts } from "./texts";

const useStyles = makeStyles({
  head: { textAlign: "start", fontWeight: tokens.fontWeightSemibold },
  moved: { backgroundColor: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
});

export function TransitionTable({ summary }: { summary: WhatIfSummary }) {
  const styles = { ...useTableStyles(), ...useStyles() };
  const { t } = useWhatIfTexts();
  const { counts, beforeBands, afterBands } = summary.transitions;
  const bandName = (band: Band | undefined, k: number) =>
    band?.label ||
    t("whatif.transitions.band", { from: band?.from ?? "", points: pointsText(band?.points) }) ||
    String(k + 1);
  // Slots: bands, then error, then unscored; error and unscored only where some evaluation is one.
  const rowSum = (r: number) => counts[r].reduce((a, b) => a + b, 0);
  const colSum = (c: number) => counts.reduce((a, row) => a + row[c], 0);
  const slots = (bands: number, names: (Band | undefined)[], sum: (k: number) => number) => [
    ...Array.from({ length: bands }, (_, k) => ({ k, name: bandName(names[k], k) })),
    ...(sum(bands) > 0 ? [{ k: bands, name: t("whatif.transitions.error") }] : []),
    ...(sum(bands + 1) > 0 ? [{ k: bands + 1, name: t("whatif.transitions.unscored") }] : []),
  ];
  const rows = slots(beforeBands, summary.bands.before, rowSum);
  const columns = slots(afterBands, summary.bands.after, colSum);
  return (
    <section aria-labelledby="whatif-transitions">
      <h3 id="whatif-transitions">{t("whatif.transitions.heading")}</h3>
      <div className={styles.scroll}>
        <table className={styles.table} data-testid="whatif-transitions">
          <caption>
            <Caption1>{t("whatif.transitions.caption")}</Caption1>
          </caption>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
                {t("whatif.transitions.fromTo")}
              </th>
              {columns.map((c) => (
                <th key={c.k} scope="col" className={styles.cell}>
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.k}>
                <th scope="row" className={mergeClasses(styles.cell, styles.head)}>
                  {r.name}
                </th>
                {columns.map((c) => {
                  const n = counts[r.k][c.k];
                  const moved = n > 0 && !(r.k === c.k && r.k < beforeBands);
                  return (
                    <td key={c.k} className={mergeClasses(styles.cell, moved && styles.moved)}>
                      {n}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
