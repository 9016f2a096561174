// The calculation rules of the e-cology form: the factor K, and the row and column rules an administrator enters
// when the rubric's arithmetic is a plain weighted sum, with notes on what e-cology cannot reproduce (and why the
// total, points and band come from the payload).
import type { Language } from "../../rubric/language";
import { Criterion, Rubric } from "../../rubric/model";
import { DETAIL_FIELDS, FACTOR_DECIMALS, MAIN_FIELDS } from "./fields";
import type { EcologyCalculation } from "./model";
import { plainNumber } from "./values";

/** The weighting factor K = scale / Σ weights of the score criteria. */
export const scoreFactor = (rubric: Rubric): number =>
  rubric.settings.scale / rubric.criteria.reduce((sum, c) => (c.kind === "score" ? sum + c.weight : sum), 0);

/** The calculation rules for `rubric`, with notes in `language`. */
export function ecologyCalculation(rubric: Rubric, language: Language): EcologyCalculation {
  const k = scoreFactor(rubric);
  const kText = plainNumber(Number(k.toFixed(FACTOR_DECIMALS)));
  const exactK = Number(k.toFixed(FACTOR_DECIMALS)) === k;
  const d = DETAIL_FIELDS;
  const ids = (pred: (c: Criterion) => boolean) =>
    rubric.criteria
      .filter(pred)
      .map((c) => c.id)
      .join(", ");
  const na = ids((c) => c.allowNA);
  const gates = ids((c) => c.kind === "gate");
  const penalties = ids((c) => c.kind === "penalty");
  const zh = language === "zh";
  const misfits: string[] = [];
  if (na) {
    misfits.push(
      zh
        ? `评价项 ${na} 允许"不适用"(NA)：此时其余得分项的权重重新归一，系数K随每条记录变化，e-cology 的固定规则无法重现。`
        : `Criteria ${na} allow "NA" (not applicable): the other score criteria are then renormalised, so K changes from one evaluation to the next, which a fixed e-cology rule cannot reproduce.`,
    );
  }
  if (gates) {
    misfits.push(
      zh
        ? `否决项 ${gates}：任一否决项得分低于满分一半时总分为 0。`
        : `Gate criteria ${gates}: any gate scored below half its max makes the total 0.`,
    );
  }
  if (penalties) {
    misfits.push(
      zh
        ? `扣分项 ${penalties}：总分最低为 0，不会为负。`
        : `Penalty criteria ${penalties}: the total never falls below 0.`,
    );
  }
  if (!exactK) {
    misfits.push(
      zh
        ? `系数 K = ${rubric.settings.scale} / 得分项权重合计，不能精确写成 ${FACTOR_DECIMALS} 位小数。`
        : `K = ${rubric.settings.scale} / total score weight is not exact with ${FACTOR_DECIMALS} decimal places.`,
    );
  }
  const fits = misfits.length === 0;
  const s = rubric.settings;
  const notes: string[] = [];
  if (fits) {
    notes.push(
      zh
        ? `行规则：每行 ${d.contribution} = ${d.score} / ${d.max} × ${d.weight} × ${d.factor}。${d.factor}（系数K）由接口数据写入：得分项为 ${s.scale} / 得分项权重合计 = ${kText}，加分项为 1。列规则：${MAIN_FIELDS.totalCheck} = ${d.contribution} 列合计，即未取整的总分。`
        : `Row rule: on every row ${d.contribution} = ${d.score} / ${d.max} × ${d.weight} × ${d.factor}. ${d.factor} (K) comes from the payload: ${s.scale} / total score weight = ${kText} for score criteria, 1 for bonus criteria. Column rule: ${MAIN_FIELDS.totalCheck} = the sum of ${d.contribution}, the total before rounding.`,
    );
  } else {
    notes.push(
      zh
        ? `此评分标准的计算不是简单的加权求和，不设计算规则；明细和合计全部由接口数据写入：`
        : `This rubric's arithmetic is not a plain weighted sum, so enter no calculation rules; the detail rows and the sum come from the payload as well:`,
      ...misfits,
    );
  }
  notes.push(
    zh
      ? `总分按"远离零方向四舍五入"保留 ${s.decimals} 位小数，且按十进制精确计算（84.95 → 85.0）；积分和档次按档次表（含下限、不含上限）查出。e-cology 的计算规则做不到这些，因此 ${MAIN_FIELDS.total}、${MAIN_FIELDS.points}、${MAIN_FIELDS.band} 一律由接口数据写入（插件计算），设为只读，不设规则。`
      : `The total is rounded to ${s.decimals} decimal places half away from zero, exactly as a decimal (84.95 → 85.0), and points and band are looked up in the bands (from inclusive, next from exclusive). e-cology's calculation rules do neither, so ${MAIN_FIELDS.total}, ${MAIN_FIELDS.points} and ${MAIN_FIELDS.band} always come from the payload (the add-in computes them): read-only, with no rule.`,
    zh
      ? `各评价项得分为只读：如需修改，请在工作簿中修改后重新导出，否则总分与得分不一致。`
      : `Scores are read-only: change them in the workbook and export again, or the total would no longer match them.`,
  );
  return fits
    ? {
        fits,
        factor: k,
        rowRule: `detail.${d.contribution} = detail.${d.score} / detail.${d.max} * detail.${d.weight} * detail.${d.factor}`,
        columnRule: `main.${MAIN_FIELDS.totalCheck} = SUM(detail.${d.contribution})`,
        notes,
      }
    : { fits, factor: k, notes };
}
