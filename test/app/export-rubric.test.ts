// Exports use the right version, on the simulated host: a version's canonical JSON is its snapshot with the checksum
// it was published with (whichever way the pane read it), the working tables never stand in for a version, and the
// e-cology payloads send each evaluation under its own version with the figures the sheet shows.
import { applyVersionTo } from "../../src/app/apply-version";
import { createRubric } from "../../src/app/create-rubric";
import {
  ExportFile,
  ExportInput,
  ExportOutput,
  buildExport,
  ecologyFieldNames,
  exportProblemText,
} from "../../src/app/export-rubric";
import { publishVersion } from "../../src/app/publish-version";
import { readEvaluations } from "../../src/app/read-evaluations";
import { readRubric } from "../../src/app/read-rubric";
import { readSelection } from "../../src/app/read-selection";
import { RubricState } from "../../src/app/rubric-state";
import { EcologyRequest } from "../../src/formats/ecology/payload";
import { parseRubric } from "../../src/formats/rubric-json/file";
import { exampleRubric } from "../../src/rubric/example";
import { SimulatedHost } from "../host";
import { dataValue, headers, selectCell, typeInto } from "../support/host-helpers";
import { EVALUATIONS_SHEET, RUBRIC_SHEET, hostSession, valueOf } from "../support/session";

jest.setTimeout(120_000);

const EVALUATIONS = "Evaluations_proactive_visit";
const CRITERIA = "Criteria_proactive_visit";
const MAPPING = { workflowId: "42", detailTable: "formtable_main_1_dt1" };

/** Types into the working criteria table: the cell of criterion `id` under `header`. */
function typeCriterion(host: SimulatedHost, id: string, header: string, value: unknown): void {
  const table = host.model.table(CRITERIA);
  const hs = headers(host, CRITERIA);
  for (let r = 0; r < table.box.rows - 1; r++) {
    if (dataValue(host, table, r, "ID") === id) {
      typeInto(host, RUBRIC_SHEET, table.box.row + 1 + r, table.box.column + hs.indexOf(header), value);
      return;
    }
  }
  throw new Error(`no criterion ${id}`);
}

/** Types into the evaluations table: data row `rowIndex` under `header`. */
function typeEvaluation(host: SimulatedHost, rowIndex: number, header: string, value: unknown): void {
  const table = host.model.table(EVALUATIONS);
  const column = table.box.column + headers(host, EVALUATIONS).indexOf(header);
  typeInto(host, EVALUATIONS_SHEET, table.box.row + 1 + rowIndex, column, value);
}

const fileOf = (output: ExportOutput): ExportFile => {
  if (!output.ok)
    throw new Error(`expected a file, got problems: ${output.problems.map(exportProblemText).join("; ")}`);
  return output;
};
const problemsOf = (output: ExportOutput): string[] => {
  if (output.ok) throw new Error("expected problems");
  return output.problems.map(exportProblemText);
};

/** What the Export tab passes for a state and a choice. */
const exportOf = (state: RubricState, rest: Omit<ExportInput, "rubric" | "versions" | "language">): ExportInput => ({
  rubric: state.rubric!,
  versions: state.versions?.history.versions,
  language: "en",
  ...rest,
});

const main = (p: EcologyRequest) => Object.fromEntries(p.mainData.map((f) => [f.fieldName, f.fieldValue]));
const weights = (p: EcologyRequest) =>
  Object.fromEntries(
    p.detailData[0].workflowRequestTableRecords.map((r) => {
      const f = Object.fromEntries(r.workflowRequestTableFields.map((x) => [x.fieldName, x.fieldValue]));
      return [f.crit_id, f.crit_weight];
    }),
  );

/** The example, PREP's weight 15 → 30 typed in the grid, published as version 2. */
async function twoVersions(emptyCells: "null" | "zero") {
  const { session, host } = hostSession({ emptyCells });
  valueOf(await createRubric(session, "example"));
  typeCriterion(host, "PREP", "Weight", 30);
  valueOf(await publishVersion(session, { note: "PREP matters more", at: "2026-03-02T09:00:00Z" }));
  return { session, host };
}

describe.each(["null", "zero"] as const)("exports of a versioned rubric (empty cells as %s)", (emptyCells) => {
  it("checksum parity: each version's canonical JSON carries the checksum it was published with", async () => {
    const { session, host } = await twoVersions(emptyCells);
    const state = valueOf(await readRubric(session));
    const history = state.versions!.history.versions;
    expect(history.map((v) => v.version)).toEqual([1, 2]);

    const files = [1, 2].map((version) => fileOf(buildExport("rubricJson", exportOf(state, { version }))));
    files.forEach((file, i) => {
      const doc = JSON.parse(file.text) as { checksum: string; version: number };
      expect(doc.checksum).toBe(history[i].checksum);
      expect(file.checksum).toBe(history[i].checksum);
      expect(doc.version).toBe(i + 1);
      expect(file.versions).toEqual([i + 1]);
      expect(file.published).toBeUndefined();
      expect(file.unpublished).toBeUndefined();
      // The file reads back as the version, its checksum verified.
      const read = parseRubric(file.text);
      expect(read.ok && read.rubric.criteria.find((c) => c.id === "PREP")?.weight).toBe(i === 0 ? 15 : 30);
    });
    expect(files[0].checksum).not.toBe(files[1].checksum);
    expect(files.map((f) => f.fileName)).toEqual(["proactive-visit-v1.rubric.json", "proactive-visit-v2.rubric.json"]);
    // The default is the latest.
    expect(fileOf(buildExport("rubricJson", exportOf(state, {}))).text).toBe(files[1].text);

    // The pane's own read (the selection read) gives the same files.
    selectCell(host, EVALUATIONS_SHEET, 3, 0);
    const pane = valueOf(await readSelection(session)).rubric;
    for (const version of [1, 2]) {
      expect(fileOf(buildExport("rubricJson", exportOf(pane, { version }))).text).toBe(files[version - 1].text);
    }
  });

  it("exports the version, never the working tables; the draft only when chosen, and said to be unpublished", async () => {
    const { session, host } = await twoVersions(emptyCells);
    typeCriterion(host, "PREP", "Weight", 40); // an unpublished draft change
    const state = valueOf(await readRubric(session));
    expect(state.versions!.draftChanges).toHaveLength(1);
    const latest = fileOf(buildExport("rubricJson", exportOf(state, {})));
    expect(latest.checksum).toBe(state.versions!.history.versions[1].checksum);
    expect(JSON.parse(latest.text).criteria[0].weight).toBe(30);

    const draft = fileOf(buildExport("rubricJson", exportOf(state, { version: "draft" })));
    expect(draft.unpublished).toBe(true);
    expect(JSON.parse(draft.text).criteria[0].weight).toBe(40);
    expect(JSON.parse(draft.text).version).toBe(state.rubric!.version); // the draft's own Version
    expect(draft.fileName).toBe(`proactive-visit-v${state.rubric!.version}-draft.rubric.json`);
    expect(draft.checksum).not.toBe(latest.checksum);

    // The other rubric formats follow the choice too.
    const schema = fileOf(buildExport("evaluationSchema", exportOf(state, { version: 1 })));
    expect(JSON.parse(schema.text).$id).toBe("urn:rubric-workbench:evaluation:proactive-visit:1");
    const spec = fileOf(buildExport("ecologySpec", exportOf(state, { version: 1 })));
    expect(JSON.parse(spec.text).rubricVersion).toBe(1);

    expect(problemsOf(buildExport("rubricJson", exportOf(state, { version: 7 })))).toEqual([
      "version 7 is not a published version (published: 1, 2)",
    ]);
  });

  it("a snapshot edited on the versions sheet is refused: it is no longer the version as published", async () => {
    const { session } = await twoVersions(emptyCells);
    const state = valueOf(await readRubric(session));
    const [first, second] = state.versions!.history.versions;
    const edited = { ...first, rubric: { ...first.rubric, title: "Edited by hand" } };
    const input = { ...exportOf(state, { version: 1 }), versions: [edited, second] };
    const [problem] = problemsOf(buildExport("rubricJson", input));
    expect(problem).toMatch(/^version 1 on the versions sheet is not as published: .* published as sha256:/);
  });

  it("payloads send each evaluation under its own version, with the sheet's figures", async () => {
    const { session, host } = await twoVersions(emptyCells);
    const all = valueOf(await readEvaluations(session)).evaluations;
    const keys = all.slice(1, 3).map((e) => e.key);
    valueOf(await applyVersionTo(session, { version: 2, scope: { keys }, note: "re-score two" }));
    const evaluations = valueOf(await readEvaluations(session)).evaluations.slice(0, 4);
    expect(evaluations.map((e) => e.version)).toEqual([1, 2, 2, 1]);
    const state = valueOf(await readRubric(session));

    const file = fileOf(buildExport("ecologyPayload", exportOf(state, { evaluations, ...MAPPING, version: 1 })));
    expect(file.versions).toEqual([1, 2]);
    expect(file.fileName).toBe("proactive-visit-v1-v2.ecology-payloads.json");
    const payloads = JSON.parse(file.text) as EcologyRequest[];
    expect(payloads.map((p) => main(p).rubric_version)).toEqual(["1", "2", "2", "1"]);
    expect(payloads.map((p) => weights(p).PREP)).toEqual(["15", "30", "30", "15"]);
    const table = host.model.table(EVALUATIONS);
    payloads.forEach((p, i) => {
      const row = evaluations[i].rowIndex;
      expect(main(p).rubric_id).toBe("proactive-visit");
      expect(Number(main(p).total_score)).toBe(dataValue(host, table, row, "Total"));
      expect(Number(main(p).band_points)).toBe(dataValue(host, table, row, "Points"));
    });
  });

  it("an evaluation of a version that is not in the history is left out, naming its sheet row and the version", async () => {
    const { session, host } = await twoVersions(emptyCells);
    typeEvaluation(host, 1, "Rubric version", 7);
    const evaluations = valueOf(await readEvaluations(session)).evaluations.slice(0, 3);
    expect(evaluations[1].version).toBe(7);
    // Data row 1 is on the sheet row under the header's next one: the row Excel shows.
    const sheetRow = host.model.table(EVALUATIONS).box.row + 1 + 1 + 1;
    expect(evaluations[1].sheetRow).toBe(sheetRow);
    const state = valueOf(await readRubric(session));
    const file = fileOf(buildExport("ecologyPayload", exportOf(state, { evaluations, ...MAPPING })));
    expect(file.refused).toEqual([
      { sheetRow, problems: [{ problem: "unpublishedVersion", version: 7, published: "1, 2" }] },
    ]);
    const payloads = JSON.parse(file.text) as EcologyRequest[];
    expect(payloads.map((p) => main(p).person_name)).toEqual([evaluations[0].person, evaluations[2].person]);
  });

  it("a blank Process leaves that row out, named by its sheet row; every other row is sent", async () => {
    const { session, host } = await twoVersions(emptyCells);
    typeEvaluation(host, 4, "Process", "");
    const evaluations = valueOf(await readEvaluations(session)).evaluations;
    const state = valueOf(await readRubric(session));
    const file = fileOf(buildExport("ecologyPayload", exportOf(state, { evaluations, ...MAPPING })));
    const sheetRow = host.model.table(EVALUATIONS).box.row + 1 + 4 + 1;
    expect(file.refused).toEqual([{ sheetRow, problems: [{ problem: "missingField", field: "process" }] }]);
    expect(JSON.parse(file.text)).toHaveLength(evaluations.length - 1);
  });
});

describe("the rubric's status", () => {
  it("a final rubric exports its latest version as final; older versions as they were published", async () => {
    const { session, host } = await twoVersions("null");
    typeInto(host, RUBRIC_SHEET, 3, 1, "final"); // the Status setting
    const state = valueOf(await readRubric(session));
    expect(state.rubric!.status).toBe("final");
    expect(state.versions!.draftChanges).toEqual([]);
    const latest = fileOf(buildExport("rubricJson", exportOf(state, {})));
    expect(JSON.parse(latest.text).status).toBe("final");
    expect(JSON.parse(latest.text).criteria[0].weight).toBe(30);
    // The status is part of the checksum: the file says what it was published with.
    expect(latest.published).toEqual({ checksum: state.versions!.history.versions[1].checksum, status: "draft" });
    const first = fileOf(buildExport("rubricJson", exportOf(state, { version: 1 })));
    expect(JSON.parse(first.text).status).toBe("draft");
    expect(first.checksum).toBe(state.versions!.history.versions[0].checksum);
  });

  it("without versions every format is built from the rubric as read, as before", () => {
    const rubric = { ...exampleRubric("en"), status: "stable" as const };
    const file = fileOf(buildExport("rubricJson", { rubric, language: "en" }));
    expect(JSON.parse(file.text).status).toBe("stable");
    expect(file.versions).toEqual([1]);
    expect(file.fileName).toBe("proactive-visit-v1.rubric.json");
    const payload = buildExport("ecologyPayload", {
      rubric,
      language: "en",
      ...MAPPING,
      evaluations: [
        {
          rowIndex: 0,
          sheetRow: 9,
          key: "k",
          values: {},
          version: 2,
          person: "Li",
          process: "p",
          reviewer: "r",
          date: "2024-01-02",
        },
      ],
    });
    expect(payload).toEqual({
      ok: false,
      problems: [],
      refused: [
        {
          sheetRow: 9,
          problems: [{ problem: "otherVersion", version: 2, rubricVersion: 1 }, { problem: "notScored" }],
        },
      ],
    });
  });
});

describe("the Camunda form's id", () => {
  const rubric = exampleRubric("en");
  const formOf = (camundaFormId?: string) =>
    JSON.parse(fileOf(buildExport("camundaForm", { rubric, language: "en", camundaFormId })).text) as { id: string };

  it("is the one kept in the settings, or rubric-<id> when blank", () => {
    expect(formOf().id).toBe("rubric-proactive-visit");
    expect(formOf("").id).toBe("rubric-proactive-visit");
    expect(formOf("  ").id).toBe("rubric-proactive-visit");
    expect(formOf("visit_scoring").id).toBe("visit_scoring");
    expect(formOf(" visit_scoring ").id).toBe("visit_scoring");
  });

  it("one that is not a Camunda id produces nothing and says why, as a code", () => {
    const output = buildExport("camundaForm", { rubric, language: "en", camundaFormId: "visit scoring" });
    expect(output).toEqual({
      ok: false,
      problems: [{ problem: "formIdCharacter", value: "visit scoring", character: " " }],
    });
    expect(problemsOf(output)).toEqual(['form id "visit scoring" contains " " (allowed: letters, digits, -, _, .)']);
    // The other formats do not use it.
    expect(fileOf(buildExport("rubricJson", { rubric, language: "en", camundaFormId: "visit scoring" })).ok).toBe(true);
  });
});

describe("the e-cology field names", () => {
  const rubric = exampleRubric("en");
  const evaluation = {
    rowIndex: 0,
    sheetRow: 9,
    key: "k",
    values: { PREP: 7, MAIL1: 10, OAUSE: 7, PROC: 4, SUMM: 10, MAIL2: 4, BONUS: 1 },
    version: 1,
    person: "Li",
    process: "HF-1",
    reviewer: "Wang",
    date: "2024-01-02",
  };
  const payloadFields = (fields: Record<string, string>) => {
    const [payload] = JSON.parse(
      fileOf(buildExport("ecologyPayload", { rubric, language: "en", ...MAPPING, evaluations: [evaluation], fields }))
        .text,
    ) as EcologyRequest[];
    return payload.mainData.map((f) => f.fieldName);
  };

  it("the fields the editor lists are the payload's, labelled in the pane's language", () => {
    const { fields, problems } = ecologyFieldNames({ rubric, language: "en", fields: {} });
    expect(problems).toEqual([]);
    const main = fields.filter((f) => f.table === "main").map((f) => f.fieldName);
    expect(new Set(payloadFields({}))).toEqual(new Set(main));
    const zh = ecologyFieldNames({ rubric, language: "zh", fields: {} });
    expect(zh.fields.find((f) => f.fieldName === "person_name")?.label).toBe("被评人");
  });

  it("a name given renames its field; a blank one keeps the specification's; a bad one is refused as a code", () => {
    expect(payloadFields({ person_name: "beipingren", team_name: "" })).toEqual(
      payloadFields({}).map((f) => (f === "person_name" ? "beipingren" : f)),
    );
    expect(ecologyFieldNames({ rubric, language: "en", fields: { team_name: "" } }).problems).toEqual([]);
    const bad = { person_name: "team_name" };
    expect(ecologyFieldNames({ rubric, language: "en", fields: bad }).problems).toEqual([
      { problem: "fieldCollision", first: "person_name", second: "team_name", name: "team_name" },
    ]);
    const output = buildExport("ecologyPayload", {
      rubric,
      language: "en",
      ...MAPPING,
      evaluations: [evaluation],
      fields: bad,
    });
    expect(problemsOf(output)).toEqual(["mapping: fields: person_name and team_name are both mapped to team_name"]);
  });

  it("with versions: the fields of every version's form", async () => {
    const { session } = await twoVersions("null");
    const state = valueOf(await readRubric(session));
    const { fields } = ecologyFieldNames({ ...exportOf(state, {}), fields: {} });
    expect(fields.map((f) => f.fieldName)).toContain("score_prep");
    expect(new Set(fields.map((f) => f.fieldName)).size).toBe(fields.length);
  });
});
