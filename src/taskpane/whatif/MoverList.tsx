// The evaluations that move most: those becoming errors first, then band or points changes, then totals alone; each
// with the criteria that moved it (the lines add up to the change shown). Choosing one selects its row in the sheet.
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { Mover, Result, shownChanges } from "../../rubric/whatif";
import { engineText } from "../../rubric/vocabulary/messages";
import { languageOf } from "../i18n";
import { fixed, pointsText, signed } from "./format";
import { useWhatIfTexts } from "./texts";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  lines: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontVariantNumeric: "tabular-nums" },
  row: { justifyContent: "flex-start", minWidth: 0, maxWidth: "100%", textAlign: "start", whiteSpace: "normal" },
});

interface Props {
  movers: Mover[];
  decimals: number;
  onShow: (mover: Mover) => void;
}

export function MoverList({ movers, decimals, onShow }: Props) {
  const styles = useStyles();
  const { t, i18n } = useWhatIfTexts();
  const language = languageOf(i18n.language);
  const resultText = (r: Result) =>
    r.status === "total" ? fixed(r.total, decimals) : r.status === "blank" ? "—" : t("whatif.transitions.error");
  return (
    <section aria-labelledby="whatif-movers">
      <h3 id="whatif-movers">{t("whatif.movers.heading")}</h3>
      {movers.length === 0 ? (
        <Caption1>{t("whatif.movers.none")}</Caption1>
      ) : (
        <ul className={styles.list} data-testid="whatif-movers">
          {movers.map((m) => {
            const shown = m.explanation ? shownChanges(m.explanation, decimals) : undefined;
            return (
              <li key={m.index} className={styles.item} data-row={m.sheetRow} data-kind={m.kind}>
                <Button
                  appearance="subtle"
                  size="small"
                  className={styles.row}
                  aria-label={t("whatif.movers.show", { row: m.sheetRow })}
                  onClick={() => onShow(m)}
                >
                  {t("whatif.movers.row", { row: m.sheetRow })} ·{" "}
                  {t("whatif.movers.who", { person: m.person, team: m.team })}
                </Button>
                <Caption1>
                  {t("whatif.movers.change", { before: resultText(m.before), after: resultText(m.after) })}
                  {m.before.status === "total" && m.after.status === "total"
                    ? ` · ${t("whatif.movers.points", { before: pointsText(m.before.points), after: pointsText(m.after.points) })}`
                    : ""}
                </Caption1>
                {m.after.status === "error" && (
                  <Caption1 className={styles.error}>
                    {t("whatif.movers.becomesError", { reason: engineText(m.after.reason, language) })}
                  </Caption1>
                )}
                {m.before.status === "error" && m.after.status !== "error" && (
                  <Caption1>{t("whatif.movers.fromError", { reason: engineText(m.before.reason, language) })}</Caption1>
                )}
                {m.after.status === "blank" && m.before.status !== "blank" && (
                  <Caption1>{t("whatif.movers.becomesBlank")}</Caption1>
                )}
                {m.explanation && shown && (
                  <ul className={styles.lines} aria-label={t("whatif.movers.because")}>
                    {m.explanation.criteria.map((c, k) =>
                      shown.criteria[k] === 0 ? null : (
                        <li key={c.id}>
                          <Caption1>
                            {c.id} {signed(fixed(shown.criteria[k], decimals), shown.criteria[k])}
                          </Caption1>
                        </li>
                      ),
                    )}
                    {shown.floor !== 0 && (
                      <li>
                        <Caption1>
                          {t("whatif.movers.floor")} {signed(fixed(shown.floor, decimals), shown.floor)}
                        </Caption1>
                      </li>
                    )}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
