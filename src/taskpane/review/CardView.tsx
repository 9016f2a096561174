// The evaluation card of the evaluation selected in the sheet: the rubric and version, each criterion with the
// level given, its share and contribution, the sum, total, points, band, comment and checksum, worded in the pane's
// language (the same words as the copy: src/formats/evaluation-card). Copy puts it on the clipboard as a formatted
// table and as text; Download saves it as an HTML page.
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { EvaluationRecord } from "../../app/read-evaluations";
import { cardHtml, cardHtmlDocument, cardText, wordCard } from "../../formats/evaluation-card";
import { Language } from "../../rubric/language";
import { EvaluationCard, PreparedVersions, evaluationCard } from "../../rubric/review";
import { engineText } from "../../rubric/vocabulary/messages/render";
import { download } from "../export/download";
import { copyCard } from "./clipboard";
import { useTableStyles } from "./tableStyles";
import { useReviewTexts } from "./texts";

interface Props {
  records: readonly EvaluationRecord[];
  selectedRows: readonly number[];
  versions: PreparedVersions;
  language: Language;
}

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBlock: tokens.spacingVerticalXS },
});

type Notice = { intent: "success" | "error"; text: string } | null;

export function CardView({ records, selectedRows, versions, language }: Props) {
  const { t } = useReviewTexts();
  const first = selectedRows[0];
  const record = useMemo(
    () => (first === undefined ? undefined : records.find((r) => r.rowIndex === first)),
    [records, first],
  );
  const outcome = useMemo(() => (record ? evaluationCard(record, versions) : undefined), [record, versions]);
  let body;
  if (first === undefined) body = <Caption1>{t("review.card.none")}</Caption1>;
  else if (!record || !outcome) body = <Caption1>{t("review.card.notListed")}</Caption1>;
  else if (!outcome.ok) {
    const row = record.sheetRow;
    const reason = outcome.reason ? engineText(outcome.reason, language) : undefined;
    body = (
      <Caption1 role="status">
        {!outcome.unscored
          ? t("review.card.error", { row, reason: reason ?? "" })
          : reason
            ? t("review.card.unscoredWhy", { row, reason })
            : t("review.card.unscored", { row })}
      </Caption1>
    );
  } else body = <CardBody card={outcome.card} language={language} />;
  return (
    <section aria-labelledby="review-card">
      <h3 id="review-card">{t("review.card.heading")}</h3>
      {selectedRows.length > 1 && <Caption1>{t("review.card.several", { count: selectedRows.length })}</Caption1>}
      {body}
    </section>
  );
}

function CardBody({ card, language }: { card: EvaluationCard; language: Language }) {
  const styles = useTableStyles();
  const own = useStyles();
  const { t } = useReviewTexts();
  const [notice, setNotice] = useState<Notice>(null);
  const worded = useMemo(() => wordCard(card, language), [card, language]);
  const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));
  const copy = async () => {
    try {
      const how = await copyCard(cardHtml(card, language), cardText(card, language));
      setNotice({ intent: "success", text: t(how === "html" ? "review.card.copied" : "review.card.copiedText") });
    } catch (e) {
      setNotice({ intent: "error", text: t("review.card.copyFailed", { reason: reason(e) }) });
    }
  };
  const save = () => {
    try {
      const name = `${card.rubric.id}-v${card.rubric.version}-${card.evaluation.key || `row-${card.evaluation.sheetRow}`}`;
      download(cardHtmlDocument(card, language), `${name.replace(/[^\w.-]+/g, "_")}.html`, "text/html");
    } catch (e) {
      setNotice({ intent: "error", text: t("review.card.downloadFailed", { reason: reason(e) }) });
    }
  };
  const start = mergeClasses(styles.cell, styles.name);
  const pair = ([label, value]: [string, string], wide = false) => (
    <tr key={label}>
      <th scope="row" className={start}>
        {label}
      </th>
      <td className={wide ? start : styles.cell} colSpan={5}>
        {value}
      </td>
    </tr>
  );
  return (
    <div className={own.card} data-testid="review-card" data-row={card.evaluation.sheetRow}>
      <div className={own.actions}>
        <Button size="small" appearance="primary" onClick={() => void copy()}>
          {t("review.card.copy")}
        </Button>
        <Button size="small" onClick={save}>
          {t("review.card.download")}
        </Button>
      </div>
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.scroll}>
        <table className={styles.table} lang={language === "zh" ? "zh-CN" : "en"}>
          <caption className={own.caption}>{worded.heading}</caption>
          <tbody>
            {worded.fields.map((f) => pair(f, true))}
            <tr>
              {worded.columns.map((c, i) => (
                <th key={c} scope="col" className={i < 3 ? start : styles.cell}>
                  {c}
                </th>
              ))}
            </tr>
            {worded.lines.map((line) => (
              <tr key={line.cells[0]} data-criterion={line.cells[0]}>
                {line.cells.map((cell, i) => (
                  <td key={i} className={i < 3 ? start : styles.cell}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
            {pair(worded.base)}
            <tr>
              <td className={start} colSpan={6}>
                <strong>{worded.sum}</strong>
              </td>
            </tr>
            {worded.results.map((r) => pair(r))}
            {pair(worded.comment, true)}
            {pair(worded.checksum, true)}
          </tbody>
        </table>
      </div>
    </div>
  );
}
