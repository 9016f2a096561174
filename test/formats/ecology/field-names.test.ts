// The field names a mapping gives the e-cology form: the fields it can rename (every version's form, each once), and
// one check, the payloads' and the pane editor's, of the names given.
import { fieldNameProblems, mappableFields, mappedName } from "../../../src/formats/ecology/field-names";
import { DETAIL_FIELDS, MAIN_FIELDS } from "../../../src/formats/ecology/fields";
import { ecologyFormSpec } from "../../../src/formats/ecology/spec";
import { exampleRubric } from "../../../src/rubric/example";
import { Rubric } from "../../../src/rubric/model";

const rubric = exampleRubric("en");
const spec = ecologyFormSpec(rubric, { language: "en" });

describe("mappable fields", () => {
  test("the main table's fields, then the detail table's, with their labels", () => {
    const fields = mappableFields([spec]);
    expect(fields.filter((f) => f.table === "main").map((f) => f.fieldName)).toEqual(spec.main.map((f) => f.fieldName));
    expect(fields.filter((f) => f.table === "detail").map((f) => f.fieldName)).toEqual(Object.values(DETAIL_FIELDS));
    expect(fields.find((f) => f.fieldName === MAIN_FIELDS.person)).toEqual({
      fieldName: "person_name",
      label: "Person",
      table: "main",
    });
    expect(fields.find((f) => f.fieldName === "score_prep")?.label).toBe(rubric.criteria[0].label);
    // In Chinese, the specification's Chinese labels.
    const zh = mappableFields([ecologyFormSpec(exampleRubric("zh"), { language: "zh" })]);
    expect(zh.find((f) => f.fieldName === "person_name")?.label).toBe("被评人");
  });

  test("versions with other criteria: every field once, the latest version's label", () => {
    const older: Rubric = {
      ...rubric,
      version: 1,
      criteria: [...rubric.criteria, { ...rubric.criteria[0], id: "OLD", label: "Retired criterion" }],
    };
    const latest: Rubric = {
      ...rubric,
      version: 2,
      criteria: rubric.criteria.map((c, i) => (i === 0 ? { ...c, label: "Preparation (new)" } : c)),
    };
    const fields = mappableFields([older, latest].map((r) => ecologyFormSpec(r, { language: "en" })));
    const names = fields.map((f) => f.fieldName);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("score_old");
    expect(fields.find((f) => f.fieldName === "score_prep")?.label).toBe("Preparation (new)");
    expect(fields.findIndex((f) => f.table === "detail")).toBe(fields.filter((f) => f.table === "main").length);
  });
});

describe("field name problems", () => {
  test("names an e-cology form takes: none", () => {
    expect(fieldNameProblems([spec], {})).toEqual([]);
    expect(fieldNameProblems([spec], { person_name: "beipingren", crit_id: "ZBBH", score_prep: "  zb_1  " })).toEqual(
      [],
    );
    // A detail field may take a main field's name: they are different tables.
    expect(fieldNameProblems([spec], { crit_id: "person_name" })).toEqual([]);
    expect(fieldNameProblems([spec], { person_name: "a".repeat(30) })).toEqual([]);
  });

  test("not a field name, no such field, blank", () => {
    expect(fieldNameProblems([spec], { person_name: "1st" })).toEqual([
      { problem: "fieldBadName", key: "person_name", value: "1st" },
    ]);
    expect(fieldNameProblems([spec], { person_name: "a".repeat(31) })).toEqual([
      { problem: "fieldBadName", key: "person_name", value: "a".repeat(31) },
    ]);
    expect(fieldNameProblems([spec], { person_name: "bei ping" })[0].problem).toBe("fieldBadName");
    expect(fieldNameProblems([spec], { person_name: "被评人" })[0].problem).toBe("fieldBadName");
    expect(fieldNameProblems([spec], { nosuch: "x" })).toEqual([{ problem: "fieldUnknown", key: "nosuch" }]);
    expect(fieldNameProblems([spec], { team_name: " " })).toEqual([{ problem: "fieldUnmapped", key: "team_name" }]);
  });

  test("two fields of a table with one name, in any case: once, naming both", () => {
    expect(fieldNameProblems([spec], { person_name: "TEAM_NAME" })).toEqual([
      { problem: "fieldCollision", first: "person_name", second: "team_name", name: "team_name" },
    ]);
    expect(fieldNameProblems([spec, spec], { person_name: "x1", reviewer_name: "X1" })).toEqual([
      { problem: "fieldCollision", first: "person_name", second: "reviewer_name", name: "X1" },
    ]);
  });

  test("the name a field goes by", () => {
    expect(mappedName({ person_name: " beipingren " }, "person_name")).toBe("beipingren");
    expect(mappedName({ person_name: "" }, "person_name")).toBe("person_name");
    expect(mappedName({}, "team_name")).toBe("team_name");
  });
});
