/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { exampleRubric } from "../../src/rubric/example";
import { RawValue, Rubric } from "../../src/rubric/model";
import { scoreEvaluation } from "../../src/rubric/score";
import { ScoreForm, ScoreFormProps } from "../../src/taskpane/score/ScoreForm";
import { workedBands, workedCriteria, workedScores } from "../support/worked-example";
import { renderPane } from "./render";

/** Date, Process, Person, Team and Reviewer all filled in: these tests are about the scores. */
const COMPLETE = { date: "2024-05-02", process: "007", person: "Zhang Wei", team: "Team 1", reviewer: "Li Na" };

type Handlers = Pick<ScoreFormProps, "onSave" | "onNextUnscored" | "onNewEvaluation">;

/** The form with its values held in state, as the App holds them. */
function Harness({
  rubric,
  initial = {},
  handlers,
}: {
  rubric: Rubric;
  initial?: Record<string, RawValue>;
  handlers?: Partial<Handlers>;
}) {
  const [values, setValues] = useState<Record<string, RawValue>>(initial);
  const [comment, setComment] = useState("");
  const [fields, setFields] = useState(COMPLETE);
  return (
    <ScoreForm
      rubric={rubric}
      values={values}
      comment={comment}
      fields={fields}
      onFieldChange={(field, value) => setFields((f) => ({ ...f, [field]: value }))}
      onChange={(v, c) => {
        setValues(v);
        setComment(c);
      }}
      onSave={handlers?.onSave ?? (() => {})}
      onNextUnscored={handlers?.onNextUnscored ?? (() => {})}
      onNewEvaluation={handlers?.onNewEvaluation ?? (() => {})}
    />
  );
}

const figure = (name: "total" | "points" | "band") => screen.getByTestId(name).textContent;
const group = (label: string) => screen.getByRole("radiogroup", { name: `${label}: levels` });

const seed = exampleRubric("en");
const worked: Rubric = { ...seed, criteria: workedCriteria, bands: workedBands };

describe("ScoreForm", () => {
  test("choosing levels gives the engine's total, points and band for the seed example", async () => {
    const user = userEvent.setup();
    renderPane(<Harness rubric={seed} />);
    const choices: [string, string][] = [
      ["Visit form prepared before the visit", "Done well"],
      ["Pre-visit email to the customer", "Done well"],
      ["Assessment of the customer's OA usage level", "Done superficially"],
      ["Analysis of the customer's process types (statistics table)", "Done superficially"],
      ["Visit summary in the process form", "Done well"],
      ["Post-visit email with recommendations", "Done well"],
      ["Insight passed on to product development", "None"],
    ];
    for (const [criterion, level] of choices) {
      await user.click(within(group(criterion)).getByRole("radio", { name: new RegExp(`^${level} `) }));
    }
    const engine = scoreEvaluation(seed, { PREP: 7, MAIL1: 7, OAUSE: 4, PROC: 4, SUMM: 7, MAIL2: 7, BONUS: 0 });
    expect(engine).toMatchObject({ status: "total", total: 55 });
    expect(figure("total")).toBe("55.0");
    expect(figure("points")).toBe("0");
    expect(figure("band")).toBe("Below 60");
    expect(
      within(group("Visit form prepared before the visit")).getByRole("radio", { checked: true }),
    ).toHaveAccessibleName("Done well (7)");
  });

  test("typed scores give 88.0 and 2 points on the worked example", async () => {
    const user = userEvent.setup();
    renderPane(<Harness rubric={worked} />);
    const boxes = screen.getAllByRole("textbox", { name: /^Score \(0–/ });
    expect(boxes).toHaveLength(6);
    for (let i = 0; i < boxes.length; i++) await user.type(boxes[i], String(workedScores[i]));
    expect(figure("total")).toBe("88.0");
    expect(figure("points")).toBe("2");
    expect(figure("band")).toBe("85–101");
  });

  test("digit keys choose a level while a criterion group has focus, and the total follows", async () => {
    const user = userEvent.setup();
    const all: Record<string, RawValue> = { PREP: 7, MAIL1: 7, OAUSE: 4, PROC: 4, SUMM: 7, MAIL2: 7, BONUS: 0 };
    renderPane(<Harness rubric={seed} initial={all} />);
    expect(figure("total")).toBe("55.0");
    const oause = group("Assessment of the customer's OA usage level");
    act(() => within(oause).getByRole("radio", { checked: true }).focus());
    await user.keyboard("3"); // third level: "Done well", 7 points, and on to the next criterion
    expect(within(oause).getByRole("radio", { checked: true })).toHaveAccessibleName("Done well (7)");
    expect(group("Analysis of the customer's process types (statistics table)")).toContainElement(
      document.activeElement as HTMLElement,
    );
    act(() => within(oause).getByRole("radio", { checked: true }).focus());
    expect(scoreEvaluation(seed, { ...all, OAUSE: 7 })).toMatchObject({ status: "total", total: 62.5 });
    expect(figure("total")).toBe("62.5");
    expect(figure("points")).toBe("1");
    await user.keyboard("{ArrowRight}"); // fourth level: 10
    expect(within(oause).getByRole("radio", { checked: true })).toHaveAccessibleName("Excellent, with evidence (10)");
    expect(figure("total")).toBe("70.0");
    await user.keyboard("{ArrowLeft}{ArrowLeft}"); // back to the second level: 4
    expect(figure("total")).toBe("55.0");
    await user.tab(); // on to the next criterion's group
    expect(group("Analysis of the customer's process types (statistics table)")).toContainElement(
      document.activeElement as HTMLElement,
    );
  });

  test("N/A leaves a criterion out and renormalises, as the engine does", async () => {
    const user = userEvent.setup();
    const all: Record<string, RawValue> = { PREP: 7, MAIL1: 7, OAUSE: 4, PROC: 4, SUMM: 7, MAIL2: 7, BONUS: 0 };
    renderPane(<Harness rubric={seed} initial={all} />);
    const na = screen.getByRole("button", { name: "Not applicable" }); // only PROC allows NA
    await user.click(na);
    expect(na).toHaveAttribute("aria-pressed", "true");
    const engine = scoreEvaluation(seed, { ...all, PROC: "NA" });
    expect(engine).toMatchObject({ status: "total", total: 60 });
    expect(figure("total")).toBe("60.0");
    expect(figure("points")).toBe("1");
    expect(
      within(group("Analysis of the customer's process types (statistics table)")).queryByRole("radio", {
        checked: true,
      }),
    ).toBeNull();
    await user.click(na);
    expect(screen.getByTestId("summary-note")).toHaveTextContent("#N/A: 1 of 7 criteria not scored");
  });

  test("a partly scored evaluation shows the engine's message, not a number", () => {
    renderPane(<Harness rubric={seed} initial={{ PREP: 7, MAIL1: 7, OAUSE: 4, PROC: 4, SUMM: 7, MAIL2: 7 }} />);
    expect(figure("total")).toBe("#N/A");
    expect(screen.getByTestId("summary-note")).toHaveTextContent("1 of 7 criteria not scored");
  });

  test("a number out of range is shown inline, the engine's error in the summary, and Save is blocked", async () => {
    const user = userEvent.setup();
    const onSave = jest.fn();
    renderPane(<Harness rubric={worked} initial={{ Q1: 8, Q2: 7, Q3: 9, Q4: 6, Q5: 10 }} handlers={{ onSave }} />);
    const b1 = screen.getAllByRole("textbox", { name: /^Score \(0–/ })[5];
    await user.type(b1, "2");
    expect(screen.getByText("Enter a number from 0 to 1.")).toBeInTheDocument();
    expect(b1).toHaveAttribute("aria-invalid", "true");
    expect(figure("total")).toBe("#VALUE!");
    expect(screen.getByTestId("summary-note")).toHaveTextContent("B1: 2 is outside 0..1");
    // Disabled but focusable: focus never falls to <body>.
    expect(screen.getByRole("button", { name: "Save" })).toHaveAttribute("aria-disabled", "true");
    await user.clear(b1);
    await user.type(b1, "1");
    expect(screen.queryByText("Enter a number from 0 to 1.")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  test("buttons call their handlers; a blank evaluation says it is not scored", async () => {
    const user = userEvent.setup();
    const handlers = { onSave: jest.fn(), onNextUnscored: jest.fn(), onNewEvaluation: jest.fn() };
    renderPane(<Harness rubric={seed} handlers={handlers} />);
    expect(screen.getByTestId("summary-note")).toHaveTextContent("Not scored yet");
    await user.click(screen.getByRole("button", { name: "Next unscored" }));
    await user.click(screen.getByRole("button", { name: "New evaluation" }));
    expect(handlers.onNextUnscored).toHaveBeenCalledTimes(1);
    expect(handlers.onNewEvaluation).toHaveBeenCalledTimes(1);
  });

  test("in Chinese the labels are translated", () => {
    renderPane(<Harness rubric={exampleRubric("zh")} />, "zh");
    expect(screen.getByRole("button", { name: "保存" })).toBeInTheDocument();
    expect(screen.getByRole("radiogroup", { name: "回访前流程表单准备：评分等级" })).toBeInTheDocument();
  });
});
