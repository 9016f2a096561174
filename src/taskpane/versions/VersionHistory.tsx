// Every published version, newest first, with what happened to them (applied to evaluations, marked stable, finalised,
// reopened) interleaved by time; each version opens to its changes against the previous one, and two versions can be
// compared. Presentational: the actions are the caller's (onRestore, onApply, onExport), shown only when given.
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Field,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useVersionTexts } from "./texts";
import { ClassifiedChange, diffRubrics } from "../../rubric/diff";
import type { HistoryEntry, RubricVersion } from "../../rubric/version";
import { Language, languageOf, languageTag } from "../i18n";
import { ChangeList, ImpactBadge } from "./ChangeList";

export interface VersionHistoryProps {
  /** Every published version, in any order. */
  versions: readonly RubricVersion[];
  /** The history: publishes, applies and status changes, in any order. */
  entries: readonly HistoryEntry[];
  /** How many evaluations are scored under each version. */
  counts?: Readonly<Record<number, number>>;
  /** "Make this the working draft". */
  onRestore?: (version: number) => void;
  /** "Apply to evaluations…". */
  onApply?: (version: number) => void;
  onExport?: (version: number) => void;
  /** An action is under way: the actions wait. */
  busy?: boolean;
  /** The time zone dates are shown in (an IANA name); the pane's own by default. */
  timeZone?: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, padding: 0, listStyleType: "none" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  entry: { paddingInlineStart: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  line: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground3 },
  // Notes are the publisher's words: their line breaks are kept, and a long word wraps rather than widening the pane.
  note: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  changes: { paddingInlineStart: tokens.spacingHorizontalM },
  compare: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  pickers: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  picker: { flexGrow: 1, flexBasis: "8em", minWidth: 0 },
});

/** A version's changes against the one before it (or why they cannot be computed). */
type Comparison = { previous: number; changes: ClassifiedChange[] } | { previous: number; error: string } | null;

type Item =
  { kind: "version"; at: number; version: RubricVersion } | { kind: "entry"; at: number; entry: HistoryEntry };

const timeOf = (iso: string) => {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? -Infinity : time;
};

/** Newest first; at the same moment an entry (an apply, a status change) follows the publish it refers to. */
function timeline(versions: readonly RubricVersion[], entries: readonly HistoryEntry[]): Item[] {
  const items: Item[] = [
    ...versions.map((version): Item => ({ kind: "version", at: timeOf(version.publishedAt), version })),
    // A publish is the version's own row.
    ...entries
      .filter((e) => e.action !== "publish")
      .map((entry): Item => ({ kind: "entry", at: timeOf(entry.at), entry })),
  ];
  const rank = (item: Item) => (item.kind === "entry" ? [1, item.entry.entry] : [0, item.version.version]);
  return items.sort((a, b) => {
    if (a.at !== b.at) return b.at - a.at;
    const [ka, na] = rank(a);
    const [kb, nb] = rank(b);
    return kb - ka || nb - na;
  });
}

function compare(from: RubricVersion, to: RubricVersion): { changes: ClassifiedChange[] } | { error: string } {
  try {
    return { changes: diffRubrics(from.rubric, to.rubric) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function formatDate(iso: string, language: Language, timeZone: string | undefined): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(languageTag(language), { dateStyle: "medium", timeStyle: "short", timeZone }).format(
    time,
  );
}

export function VersionHistory({
  versions,
  entries,
  counts,
  onRestore,
  onApply,
  onExport,
  busy = false,
  timeZone,
}: VersionHistoryProps) {
  const styles = useStyles();
  const { t, i18n } = useVersionTexts();
  const language = languageOf(i18n.language);
  const headingId = useId("version-history");
  const byNumber = useMemo(() => [...versions].sort((a, b) => a.version - b.version), [versions]);
  const comparisons = useMemo(() => {
    const map = new Map<number, Comparison>();
    byNumber.forEach((version, i) => {
      const previous = byNumber[i - 1];
      map.set(version.version, previous ? { previous: previous.version, ...compare(previous, version) } : null);
    });
    return map;
  }, [byNumber]);
  const items = useMemo(() => timeline(versions, entries), [versions, entries]);
  const date = (iso: string) => formatDate(iso, language, timeZone);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t("versions.history.title")}
      </Subtitle2>
      {versions.length === 0 ? (
        <Body1 className={styles.meta}>{t("versions.history.empty")}</Body1>
      ) : (
        <ul role="list" className={styles.list} aria-label={t("versions.history.label")}>
          {items.map((item) =>
            item.kind === "version" ? (
              <VersionItem
                key={`v${item.version.version}`}
                version={item.version}
                by={entries.find((e) => e.action === "publish" && e.version === item.version.version)?.by}
                comparison={comparisons.get(item.version.version) ?? null}
                count={counts?.[item.version.version]}
                date={date}
                actions={{ onRestore, onApply, onExport }}
                busy={busy}
              />
            ) : (
              <li
                key={`e${item.entry.entry}`}
                className={`${styles.item} ${styles.entry}`}
                data-entry={item.entry.entry}
              >
                <div className={styles.line}>
                  <Body1>{entryText(item.entry, t)}</Body1>
                  <Caption1 className={styles.meta}>
                    <time dateTime={item.entry.at}>{date(item.entry.at)}</time>
                    {item.entry.by ? ` · ${t("versions.history.by", { name: item.entry.by })}` : ""}
                  </Caption1>
                </div>
                {item.entry.note && <Caption1 className={styles.note}>{item.entry.note}</Caption1>}
              </li>
            ),
          )}
        </ul>
      )}
      {versions.length > 0 && <Compare versions={byNumber} />}
    </section>
  );
}

type T = ReturnType<typeof useVersionTexts>["t"];

function entryText(entry: HistoryEntry, t: T): string {
  const version = entry.version;
  switch (entry.action) {
    case "apply":
      return t("versions.history.entry.apply", { version, count: entry.rows });
    case "publish":
    case "stable":
    case "finalise":
    case "reopen":
      return t(`versions.history.entry.${entry.action}`, { version });
  }
}

interface VersionItemProps {
  version: RubricVersion;
  by: string | undefined;
  comparison: Comparison;
  count: number | undefined;
  date: (iso: string) => string;
  actions: Pick<VersionHistoryProps, "onRestore" | "onApply" | "onExport">;
  busy: boolean;
}

/** One version: number, date, note, evaluations, what kind of change it was; its changes on demand; its actions. */
function VersionItem({ version, by, comparison, count, date, actions, busy }: VersionItemProps) {
  const styles = useStyles();
  const { t } = useVersionTexts();
  const [open, setOpen] = useState(false);
  const changesId = useId("version-changes");
  const n = version.version;
  const { onRestore, onApply, onExport } = actions;
  const changes = comparison && "changes" in comparison ? comparison.changes : null;
  const scoring = changes?.some((c) => c.impact === "scoring") ?? false;

  return (
    <li className={styles.item} data-version={n}>
      <div className={styles.line}>
        <Body1Strong>{t("versions.history.version", { version: n })}</Body1Strong>
        <Caption1 className={styles.meta}>
          <time dateTime={version.publishedAt}>{date(version.publishedAt)}</time>
          {by ? ` · ${t("versions.history.by", { name: by })}` : ""}
          {count !== undefined ? ` · ${t("versions.history.evaluations", { count })}` : ""}
        </Caption1>
      </div>
      {version.note && <Body1 className={styles.note}>{version.note}</Body1>}
      <div className={styles.line}>
        {comparison === null ? (
          <Caption1 className={styles.meta}>{t("versions.history.first")}</Caption1>
        ) : "error" in comparison ? (
          <Caption1 className={styles.meta}>
            {t("versions.history.compareFailed", { message: comparison.error })}
          </Caption1>
        ) : changes && changes.length > 0 ? (
          <>
            <ImpactBadge impact={scoring ? "scoring" : "text"} />
            <Caption1 className={styles.meta}>
              {t("versions.history.changeCount", { count: changes.length, version: comparison.previous })}
            </Caption1>
            <Button
              size="small"
              appearance="subtle"
              aria-expanded={open}
              aria-controls={open ? changesId : undefined}
              onClick={() => setOpen(!open)}
            >
              {open
                ? t("versions.history.hideChanges")
                : t("versions.history.showChanges", { version: comparison.previous })}
            </Button>
          </>
        ) : (
          <Caption1 className={styles.meta}>{t("versions.history.sameAs", { version: comparison.previous })}</Caption1>
        )}
      </div>
      {open && changes && comparison && (
        <div id={changesId} className={styles.changes}>
          <ChangeList
            changes={changes}
            to={version.rubric}
            since={comparison.previous}
            label={t("versions.history.changesFrom", { version: comparison.previous })}
          />
        </div>
      )}
      {(onRestore || onApply || onExport) && (
        <div className={styles.actions} role="group" aria-label={t("versions.history.actions", { version: n })}>
          {onRestore && (
            <Button size="small" disabled={busy} onClick={() => onRestore(n)}>
              {t("versions.history.restore")}
            </Button>
          )}
          {onApply && (
            <Button size="small" disabled={busy} onClick={() => onApply(n)}>
              {t("versions.history.apply")}
            </Button>
          )}
          {onExport && (
            <Button size="small" disabled={busy} onClick={() => onExport(n)}>
              {t("versions.history.export")}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

/** Two versions chosen, and the changes from the one to the other (the latest two at first). */
function Compare({ versions }: { versions: readonly RubricVersion[] }) {
  const styles = useStyles();
  const { t } = useVersionTexts();
  const headingId = useId("compare-versions");
  const latest = versions[versions.length - 1];
  const [fromChoice, setFrom] = useState<number | null>(null);
  const [toChoice, setTo] = useState<number | null>(null);
  // A choice that is no longer there (versions changed) falls back to the latest two.
  const find = (n: number | null) => (n === null ? undefined : versions.find((v) => v.version === n));
  const to = find(toChoice) ?? latest;
  const from = find(fromChoice) ?? versions[versions.length - 2] ?? latest;
  const result = useMemo(() => (from === to ? null : compare(from, to)), [from, to]);

  const options = versions
    .slice()
    .reverse()
    .map((v) => (
      <option key={v.version} value={v.version}>
        {t("versions.history.compare.option", { version: v.version })}
      </option>
    ));
  return (
    <section className={styles.compare} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t("versions.history.compare.title")}
      </Subtitle2>
      {versions.length < 2 ? (
        <Body1 className={styles.meta}>{t("versions.history.compare.needsTwo")}</Body1>
      ) : (
        <>
          <div className={styles.pickers}>
            <Field className={styles.picker} label={t("versions.history.compare.from")}>
              <Select value={String(from.version)} onChange={(_, data) => setFrom(Number(data.value))}>
                {options}
              </Select>
            </Field>
            <Field className={styles.picker} label={t("versions.history.compare.to")}>
              <Select value={String(to.version)} onChange={(_, data) => setTo(Number(data.value))}>
                {options}
              </Select>
            </Field>
          </div>
          {result === null ? (
            <Body1 className={styles.meta}>{t("versions.history.compare.same")}</Body1>
          ) : "error" in result ? (
            <Body1 className={styles.meta}>{t("versions.history.compareFailed", { message: result.error })}</Body1>
          ) : (
            <ChangeList
              changes={result.changes}
              to={to.rubric}
              label={t("versions.history.compare.changes", { from: from.version, to: to.version })}
              emptyText={t("versions.history.compare.none", { from: from.version, to: to.version })}
            />
          )}
        </>
      )}
    </section>
  );
}
