// The Camunda form's id: "rubric-<id>" by default, the one given when it is a Camunda id (XML NCName-like, ASCII),
// refused with the reason otherwise.
import { camundaForm } from "../../../src/formats/camunda/form";
import { CAMUNDA_ID_PATTERN, camundaFormId, camundaIdProblem, camundaIdText } from "../../../src/formats/camunda/ids";
import { exampleRubric } from "../../../src/rubric/example";

describe("Camunda ids", () => {
  test("ids a modeller accepts: a letter or _, then letters, digits, -, _ and .", () => {
    for (const id of ["rubric-proactive-visit", "_form", "Form_1", "a", "visit.v2-final_3", "Z9"]) {
      expect(camundaIdProblem(id)).toBeUndefined();
    }
  });

  test("a bad start or a bad character is named", () => {
    expect(camundaIdProblem("1form")).toEqual({ problem: "formIdStart", value: "1form" });
    expect(camundaIdProblem("-form")).toEqual({ problem: "formIdStart", value: "-form" });
    expect(camundaIdProblem(".form")).toEqual({ problem: "formIdStart", value: ".form" });
    expect(camundaIdProblem("")).toEqual({ problem: "formIdStart", value: "" });
    expect(camundaIdProblem("评分表")).toEqual({ problem: "formIdStart", value: "评分表" });
    expect(camundaIdProblem("my form")).toEqual({ problem: "formIdCharacter", value: "my form", character: " " });
    expect(camundaIdProblem("form:1")).toEqual({ problem: "formIdCharacter", value: "form:1", character: ":" });
    expect(camundaIdProblem("form${x}")).toEqual({ problem: "formIdCharacter", value: "form${x}", character: "$" });
    expect(camundaIdProblem("formé")).toEqual({ problem: "formIdCharacter", value: "formé", character: "é" });
    expect(camundaIdText({ problem: "formIdCharacter", value: "my form", character: " " })).toBe(
      'form id "my form" contains " " (allowed: letters, digits, -, _, .)',
    );
  });

  test("every default form id is a Camunda id", () => {
    for (const id of ["proactive-visit", "a", "X_1-2"])
      expect(CAMUNDA_ID_PATTERN.test(camundaFormId({ id }))).toBe(true);
  });

  test("the form carries the id given, or the default; a bad one is refused, never replaced", () => {
    const rubric = exampleRubric("en");
    expect(camundaForm(rubric).id).toBe("rubric-proactive-visit");
    expect(camundaForm(rubric, { formId: "visit_scoring.v2" }).id).toBe("visit_scoring.v2");
    expect(() => camundaForm(rubric, { formId: "2nd form" })).toThrow(
      'invalid form id "2nd form" does not start with a letter or _',
    );
    // Only the id changes: the components are the same.
    expect(camundaForm(rubric, { formId: "other" }).components).toEqual(camundaForm(rubric).components);
  });
});
