/**
 * @jest-environment jsdom
 */
// The card as HTML: parsed by the browser's parser (jsdom), as a paste target would read it.
import { cardHtml, cardHtmlDocument, cardText, escapeHtml } from "../../../src/formats/evaluation-card";
import { Rubric } from "../../../src/rubric/model";
import { evaluationCard, EvaluationCard } from "../../../src/rubric/review";
import { gatedWorked, workedEvaluation, workedRubric } from "../../rubric/review/fixture";

const cardOf = (outcome: ReturnType<typeof evaluationCard>): EvaluationCard => {
  if (!outcome.ok) throw new Error("no card");
  return outcome.card;
};

const HOSTILE = ["<img src=x onerror=alert(1)>", '"quotes"', "&amp;", "<script>alert(2)</script>", "it's"];

/** The worked example with hostile text in every place a rubric or an evaluation supplies some. */
function hostileCard(): EvaluationCard {
  const rubric: Rubric = {
    ...workedRubric(),
    title: `${HOSTILE[0]} title`,
    criteria: workedRubric().criteria.map((c, i) => ({
      ...c,
      label: HOSTILE[i % HOSTILE.length],
      levels: [{ points: 8, label: `<b onmouseover="x()">level</b>` }],
    })),
    bands: workedRubric().bands.map((b) => ({ ...b, label: `${HOSTILE[2]} band` })),
  };
  const evaluation = {
    ...workedEvaluation(),
    process: HOSTILE[3],
    person: HOSTILE[1],
    team: "<style>body{background:url(http://x/)}</style>",
    reviewer: "<a href='http://x'>r</a>",
    comment: `${HOSTILE[0]}\n${HOSTILE[4]}`,
  };
  return cardOf(evaluationCard(evaluation, [rubric]));
}

const parse = (html: string) => {
  const box = document.createElement("div");
  box.innerHTML = html;
  return box;
};

describe("the card as HTML", () => {
  test("one table: no script, no link, no image, no style sheet, no event handler, no external resource", () => {
    for (const language of ["en", "zh"] as const) {
      const html = cardHtml(hostileCard(), language);
      const box = parse(html);
      expect(box.children).toHaveLength(1);
      const tags = new Set([...box.querySelectorAll("*")].map((e) => e.tagName.toLowerCase()));
      expect([...tags].sort()).toEqual(["caption", "table", "tbody", "td", "th", "tr"]);
      for (const element of box.querySelectorAll("*")) {
        for (const attribute of element.getAttributeNames())
          expect(["style", "colspan", "scope", "lang"]).toContain(attribute);
        expect(element.getAttribute("style") ?? "").not.toMatch(/url\(|expression|@import/i);
      }
      expect(html).not.toMatch(/<(script|img|a|style|link|b)\b/i);
    }
  });

  test("every text shows exactly as written", () => {
    const card = hostileCard();
    const box = parse(cardHtml(card, "en"));
    const cells = [...box.querySelectorAll("td, th, caption")].map((c) => c.textContent);
    expect(cells[0]).toBe(`${HOSTILE[0]} title — version 3`);
    for (const text of [...HOSTILE.slice(0, 4), `<b onmouseover="x()">level</b>`, "&amp; band"])
      expect(cells).toContain(text);
    expect(cells).toContain("<style>body{background:url(http://x/)}</style>");
    expect(cells).toContain("<a href='http://x'>r</a>");
    expect(cells).toContain(`${HOSTILE[0]}\n${HOSTILE[4]}`);
    // The plain copy says the same things.
    const text = cardText(card, "en");
    for (const cell of cells.filter((c) => !c!.includes("\n"))) expect(text).toContain(cell);
  });

  test("escapeHtml escapes the five characters that could start markup or end an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
    );
  });

  test("the worked example's figures, in both languages", () => {
    const card = cardOf(evaluationCard(workedEvaluation(), [workedRubric()]));
    const en = [...parse(cardHtml(card, "en")).querySelectorAll("td, th")].map((c) => c.textContent);
    expect(en).toContain("78.0 base + 10 bonus = 88.0 → 2 points");
    expect(en).toEqual(expect.arrayContaining(["Total", "88.0", "Points", "2", "Band", "85–101", "Base", "78.0"]));
    expect(en).toEqual(expect.arrayContaining(["Q1", "8 of 10", "30.0 %", "24.0", "B1", "Bonus", "+10"]));
    const zh = [...parse(cardHtml(card, "zh")).querySelectorAll("td, th")].map((c) => c.textContent);
    expect(zh).toContain("基础分 78.0 + 加分 10 = 88.0 → 2 积分");
    expect(zh).toEqual(expect.arrayContaining(["总分", "88.0", "积分", "2", "校验和", card.rubric.checksum]));
    expect(cardHtml(card, "zh")).toContain('lang="zh-CN"');
  });

  test("as an HTML file: a whole page around the same table, its title escaped", () => {
    const card = hostileCard();
    const page = cardHtmlDocument(card, "en");
    expect(page.startsWith('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>&lt;img')).toBe(true);
    expect(page).toContain(cardHtml(card, "en"));
    const doc = new DOMParser().parseFromString(page, "text/html");
    expect(doc.title).toBe(`${HOSTILE[0]} title — version 3`);
    expect(doc.querySelectorAll("script, img, link, style, a, iframe, object")).toHaveLength(0);
  });

  test("a failed gate's cell is marked", () => {
    const { rubric, failed: gated } = gatedWorked();
    const card = cardOf(evaluationCard(gated, [rubric]));
    const box = parse(cardHtml(card, "en"));
    const failed = [...box.querySelectorAll("td")].find((td) => td.textContent === "failed")!;
    expect(failed.getAttribute("style")).toContain("color:#a4262c");
    expect([...box.querySelectorAll("td")].map((c) => c.textContent)).toContain(
      "Gate G (Gate) failed: total 0.0 → 0 points",
    );
  });
});
