// The evaluation card of the evaluation selected in the sheet: the rubric and version, each criterion with the
// level given, its share and contribution, the sum, total, points, band, comment and checksum, worded in the pane's
// language (the same words as the copy: src/formats/evaluation-card). Copy puts it on the clipboard as a formatted
// table and as text; Download saves it as an HTML page or a PNG image (drawn on a canvas, loaded on first use).
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Text,
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
import { cardFileName, downloadCardPng, imageError } from "./cardImage";
import { copyCard } from "./clipboard";
import { useTableStyles } from "../tableStyles";
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
  label: { textAlign: "start", width: "1%" },
  value: { whiteSpace: "pre-wrap" },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
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
      download(cardHtmlDocument(card, language), `${cardFileName(card)}.html`, "text/html");
    } catch (e) {
      setNotice({ intent: "error", text: t("review.card.downloadFailed", { reason: reason(e) }) });
    }
  };
  const [drawing, setDrawing] = useState(false);
  const savePng = async () => {
    setDrawing(true);
    setNotice(null);
    try {
      await downloadCardPng(card, language);
    } catch (e) {
      const problem = imageError(e);
      const text = problem
        ? t(`review.card.image.${problem.problem}`, { height: problem.height })
        : t("review.card.downloadFailed", { reason: reason(e) });
      setNotice({ intent: "error", text });
    } finally {
      setDrawing(false);
    }
  };
  const start = mergeClasses(styles.cell, styles.name);
  const label = mergeClasses(styles.cell, own.label);
  // Label and value pairs: a two-column table, the labels kept on one line.
  const pairs = (list: [string, string][]) => (
    <table className={styles.table}>
      <tbody>
        {list.map(([name, value]) => (
          <tr key={name}>
            <th scope="row" className={label}>
              {name}
            </th>
            <td className={mergeClasses(start, own.value)}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <div
      className={own.card}
      data-testid="review-card"
      data-row={card.evaluation.sheetRow}
      lang={language === "zh" ? "zh-CN" : "en"}
    >
      <div className={own.actions}>
        <Button size="small" appearance="primary" onClick={() => void copy()}>
          {t("review.card.copy")}
        </Button>
        <Button size="small" onClick={save}>
          {t("review.card.download")}
        </Button>
        <Button size="small" onClick={() => void savePng()} disabled={drawing}>
          {t("review.card.downloadPng")}
        </Button>
      </div>
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <Text weight="semibold">{worded.heading}</Text>
      {pairs(worded.fields)}
      {/* The criteria without their id column (the copy has it), each with the level given under its label: the
          labels need the pane's width. */}
      <div className={styles.scroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col" className={start}>
                {worded.columns[1]}
              </th>
              {worded.columns.slice(3).map((c) => (
                <th key={c} scope="col" className={styles.cell}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {worded.lines.map(({ cells, failed }) => (
              <tr key={cells[0]} data-criterion={cells[0]}>
                <td className={start}>
                  {cells[1]}
                  <Caption1 className={styles.note}>
                    {worded.columns[2]}: {cells[2]}
                  </Caption1>
                </td>
                {cells.slice(3).map((cell, i) => (
                  <td key={i} className={mergeClasses(styles.cell, failed && i === 2 && own.failed)}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Text weight="semibold">{worded.sum}</Text>
      {pairs([worded.base, ...worded.results, worded.comment, worded.checksum])}
    </div>
  );
}
