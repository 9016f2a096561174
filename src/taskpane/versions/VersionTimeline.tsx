// The versions on a time axis with the evaluations scored under each: a marker at each version's publication day
// (filled when it changed scoring, hollow when it changed only text) and, in a lane of its own, a bar from the first to
// the last date of the evaluations scored under it, thicker the more there are. Plain SVG scaled to the pane's width;
// a visually hidden list says the same for screen readers. Presentational: versionTimeline (rubric/stability) counts.
import { Body1, Caption1, Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useMemo } from "react";
import { useVersionTexts } from "./texts";
import { dayOf } from "../../rubric/calendar";
import { DatedEvaluation, Timeline, TimelineVersion, versionTimeline } from "../../rubric/stability";
import type { RubricVersion } from "../../rubric/version";
import { Language, languageOf, languageTag } from "../i18n";

export interface VersionTimelineProps {
  /** Every published version, in any order. */
  versions: readonly RubricVersion[];
  /** Every evaluation: its date and the version it was scored under. */
  evaluations: readonly DatedEvaluation[];
}

/** A UTC day (yyyy-mm-dd) in the pane's language: "March 2, 2026", "2026年3月2日" ("medium": "Mar 2, 2026"). */
export function formatDay(day: string, language: Language, style: "long" | "medium" = "long"): string {
  const time = Date.parse(day);
  if (Number.isNaN(time)) return day;
  return new Intl.DateTimeFormat(languageTag(language), { dateStyle: style, timeZone: "UTC" }).format(time);
}

// The drawing's own units: 320 wide (the narrowest pane), scaled to the pane's width.
const WIDTH = 320;
const PAD = 12;
const LABEL_ROWS = [24, 12];
const AXIS_Y = 34;
const MARKER_R = 5;
const LANES_TOP = 46;
const LANE_H = 26;
const BAR_MIN = 3;
const BAR_MAX = 10;
const FONT = 10;
/** A rough width of a character of the drawing's labels, to keep them inside the drawing. */
const CHAR_W = 6;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  svg: { display: "block", width: "100%", height: "auto", overflow: "visible" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  guide: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1, strokeDasharray: "2 2" },
  scoring: { fill: tokens.colorBrandBackground, stroke: tokens.colorBrandBackground, strokeWidth: 1.5 },
  text: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorBrandBackground, strokeWidth: 1.5 },
  bar: { fill: tokens.colorBrandForeground2 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: `${FONT}px`, fontFamily: tokens.fontFamilyBase },
  legend: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  legendItem: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  swatch: { flexShrink: 0 },
  meta: { color: tokens.colorNeutralForeground3 },
  // Read by screen readers, not shown: the drawing shows it.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

type T = ReturnType<typeof useVersionTexts>["t"];

/** One version as the screen reader list says it. */
function entryText(v: TimelineVersion, first: boolean, t: T, language: Language): string {
  const date = (day: string) => formatDay(day, language);
  const published = v.publishedOn
    ? t("versions.stability.timeline.published", { date: date(v.publishedOn) })
    : t("versions.stability.timeline.publishedUnknown");
  const kind = t(`versions.stability.timeline.kind.${first ? "first" : v.scoring ? "scoring" : "text"}`);
  let evaluations =
    v.evaluations === 0
      ? t("versions.stability.timeline.none")
      : t("versions.stability.evaluations", { count: v.evaluations });
  if (v.firstDate && v.lastDate) {
    evaluations =
      v.firstDate === v.lastDate
        ? t("versions.stability.timeline.on", { evaluations, date: date(v.firstDate) })
        : t("versions.stability.timeline.between", { evaluations, first: date(v.firstDate), last: date(v.lastDate) });
  }
  if (v.undated > 0)
    evaluations = t("versions.stability.timeline.withUndated", { text: evaluations, count: v.undated });
  return t("versions.stability.timeline.entry", { version: v.version, published, kind, evaluations });
}

export function VersionTimeline({ versions, evaluations }: VersionTimelineProps) {
  const styles = useStyles();
  const { t, i18n } = useVersionTexts();
  const language = languageOf(i18n.language);
  const headingId = useId("version-timeline");
  const result = useMemo((): { timeline: Timeline } | { error: string } => {
    try {
      return { timeline: versionTimeline(versions, evaluations) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [versions, evaluations]);

  let body;
  if ("error" in result) {
    body = <Body1 className={styles.meta}>{t("versions.stability.timeline.failed", { message: result.error })}</Body1>;
  } else {
    const { timeline } = result;
    body = (
      <>
        {timeline.versions.length === 0 ? (
          <Body1 className={styles.meta}>{t("versions.stability.timeline.empty")}</Body1>
        ) : (
          <>
            <Drawing timeline={timeline} language={language} />
            <Legend />
            <ul role="list" className={styles.hidden} aria-label={t("versions.stability.timeline.list")}>
              {timeline.versions.map((v, i) => (
                <li key={v.version} data-version={v.version}>
                  {entryText(v, i === 0, t, language)}
                </li>
              ))}
            </ul>
          </>
        )}
        {timeline.unknown > 0 && (
          <Caption1 className={styles.meta}>
            {t("versions.stability.timeline.unknown", { count: timeline.unknown })}
          </Caption1>
        )}
        {timeline.unversioned > 0 && (
          <Caption1 className={styles.meta}>
            {t("versions.stability.timeline.unversioned", { count: timeline.unversioned })}
          </Caption1>
        )}
      </>
    );
  }
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t("versions.stability.timeline.title")}
      </Subtitle2>
      {body}
    </section>
  );
}

/** The axis, its markers, one lane per version and the dates at the ends. */
function Drawing({ timeline, language }: { timeline: Timeline; language: Language }) {
  const styles = useStyles();
  const { t } = useVersionTexts();
  const start = timeline.start ? dayOf(timeline.start) : undefined;
  const end = timeline.end ? dayOf(timeline.end) : undefined;
  const span = start !== undefined && end !== undefined ? end - start : 0;
  const x = (iso: string | undefined): number | undefined => {
    const day = iso ? dayOf(iso) : undefined;
    if (day === undefined || start === undefined) return undefined;
    return span === 0 ? WIDTH / 2 : PAD + ((day - start) / span) * (WIDTH - 2 * PAD);
  };
  const most = Math.max(1, ...timeline.versions.map((v) => v.evaluations));
  const lanesBottom = LANES_TOP + timeline.versions.length * LANE_H;
  const height = lanesBottom + (start === undefined ? 4 : 18);
  const clamp = (value: number, width: number) => Math.min(Math.max(value, PAD), WIDTH - PAD - width);
  // Marker labels take the lower row unless the previous one there is too close.
  let lastOnRow = -Infinity;

  return (
    <svg
      className={styles.svg}
      width="100%"
      viewBox={`0 0 ${WIDTH} ${height}`}
      preserveAspectRatio="xMidYMin meet"
      role="img"
      aria-label={
        timeline.start && timeline.end
          ? t("versions.stability.timeline.chart", {
              count: timeline.versions.length,
              start: formatDay(timeline.start, language),
              end: formatDay(timeline.end, language),
            })
          : t("versions.stability.timeline.chartUndated", { count: timeline.versions.length })
      }
    >
      <line className={styles.axis} x1={PAD} x2={WIDTH - PAD} y1={AXIS_Y} y2={AXIS_Y} />
      {timeline.versions.map((v, i) => {
        const at = x(v.publishedOn);
        const laneY = LANES_TOP + i * LANE_H;
        const from = x(v.firstDate);
        const to = x(v.lastDate);
        const thickness = v.evaluations === 0 ? 0 : BAR_MIN + Math.round(((BAR_MAX - BAR_MIN) * v.evaluations) / most);
        const caption = t("versions.stability.timeline.lane", { version: v.version, count: v.evaluations });
        const captionX = clamp(from ?? at ?? PAD, caption.length * CHAR_W);
        const marker = t("versions.stability.timeline.marker", { version: v.version });
        let row = 0;
        if (at !== undefined) {
          row = at - lastOnRow < marker.length * CHAR_W + 4 ? 1 : 0;
          if (row === 0) lastOnRow = at;
        }
        return (
          <g key={v.version} data-version={v.version} data-scoring={v.scoring} data-evaluations={v.evaluations}>
            {at !== undefined && (
              <>
                <line className={styles.guide} x1={at} x2={at} y1={AXIS_Y + MARKER_R} y2={laneY + 12} />
                <circle
                  className={v.scoring ? styles.scoring : styles.text}
                  data-marker={v.scoring ? "scoring" : "text"}
                  cx={at}
                  cy={AXIS_Y}
                  r={MARKER_R}
                />
                <text className={styles.label} x={at} y={LABEL_ROWS[row]} textAnchor="middle">
                  {marker}
                </text>
              </>
            )}
            <text className={styles.label} x={captionX} y={laneY + FONT}>
              {caption}
            </text>
            {from !== undefined && to !== undefined && thickness > 0 && (
              <rect
                className={styles.bar}
                data-bar=""
                x={Math.min(from, WIDTH - PAD - BAR_MIN)}
                y={laneY + 12 + (BAR_MAX - thickness) / 2}
                width={Math.max(to - from, BAR_MIN)}
                height={thickness}
                rx={1}
              />
            )}
          </g>
        );
      })}
      {timeline.start && timeline.end && (
        <>
          <text className={styles.label} x={PAD} y={lanesBottom + 12} textAnchor="start" data-end="start">
            {formatDay(timeline.start, language, "medium")}
          </text>
          {timeline.end !== timeline.start && (
            <text className={styles.label} x={WIDTH - PAD} y={lanesBottom + 12} textAnchor="end" data-end="end">
              {formatDay(timeline.end, language, "medium")}
            </text>
          )}
        </>
      )}
    </svg>
  );
}

/** What the marks mean, in words (the drawing itself is described by the list). */
function Legend() {
  const styles = useStyles();
  const { t } = useVersionTexts();
  const swatch = (mark: "scoring" | "text" | "bar") => (
    <svg className={styles.swatch} width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      {mark === "bar" ? (
        <rect className={styles.bar} x="1" y="4" width="12" height="6" rx="1" />
      ) : (
        <circle className={styles[mark]} cx="7" cy="7" r="5" />
      )}
    </svg>
  );
  return (
    <ul role="list" className={styles.legend} aria-label={t("versions.stability.timeline.legend")}>
      <li className={styles.legendItem}>
        {swatch("scoring")}
        <Caption1>{t("versions.stability.timeline.legendScoring")}</Caption1>
      </li>
      <li className={styles.legendItem}>
        {swatch("text")}
        <Caption1>{t("versions.stability.timeline.legendText")}</Caption1>
      </li>
      <li className={styles.legendItem}>
        {swatch("bar")}
        <Caption1>{t("versions.stability.timeline.legendEvaluations")}</Caption1>
      </li>
    </ul>
  );
}
