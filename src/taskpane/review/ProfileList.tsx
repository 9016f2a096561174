// The criterion profile of the team or person chosen (or everyone in the filter): each criterion's mean as a share
// of its max, the weakest score criteria first (what to talk about on Friday), with the levels most often given.
import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CriterionProfile, LevelCount } from "../../rubric/review";
import { percent } from "./format";
import { useReviewTexts } from "./texts";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalXS },
  item: { overflowWrap: "anywhere" },
  bar: { height: "4px", backgroundColor: tokens.colorNeutralBackground4, borderRadius: tokens.borderRadiusSmall },
  fill: { height: "100%", backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
  note: { display: "block", color: tokens.colorNeutralForeground3 },
});

/** How many of the levels most often given are named. */
const LEVELS_SHOWN = 3;

const levelText = (level: LevelCount) => `${level.label ?? level.value} ×${level.count}`;

export function ProfileList({ profile, scope }: { profile: readonly CriterionProfile[]; scope: string }) {
  const styles = useStyles();
  const { t } = useReviewTexts();
  return (
    <section aria-labelledby="review-profile">
      <h3 id="review-profile">{t("review.profile.heading", { scope })}</h3>
      <ol className={styles.list} data-testid="review-profile">
        {profile.map((c) => (
          <li key={c.id} className={styles.item} data-criterion={c.id} data-share={c.share}>
            <Text weight="semibold">{c.label}</Text>{" "}
            <Caption1>
              {c.share === undefined
                ? t("review.profile.notRated")
                : t("review.profile.share", { share: percent(c.share) })}
            </Caption1>
            {c.kind === "score" && c.share !== undefined && (
              <div className={styles.bar} aria-hidden="true">
                <div className={styles.fill} style={{ width: `${Math.max(0, Math.min(1, c.share)) * 100}%` }} />
              </div>
            )}
            <Caption1 className={styles.note}>
              {[
                c.levels.length > 0
                  ? t("review.profile.levels", { levels: c.levels.slice(0, LEVELS_SHOWN).map(levelText).join(", ") })
                  : "",
                c.na > 0 ? t("review.profile.na", { count: c.na }) : "",
              ]
                .filter((s) => s !== "")
                .join(" · ")}
            </Caption1>
          </li>
        ))}
      </ol>
    </section>
  );
}
