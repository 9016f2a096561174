/** @jest-environment jsdom */
// The Export tab keeps the payloads' workflow id and detail table, and the Camunda form's id, with the rubric: they
// come back when the pane is opened again on the workbook; and a payload export with a bad row sends the others and
// names the row Excel shows.
import "@testing-library/jest-dom";
import { TextEncoder } from "util";
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readEvaluations } from "../../../src/app/read-evaluations";
import { readExportSettings } from "../../../src/app/read-export-settings";
import { saveExportSettings } from "../../../src/app/save-export-settings";
import { exampleRubric } from "../../../src/rubric/example";
import { App } from "../../../src/taskpane/App";
import { SAVE_DELAY_MS } from "../../../src/taskpane/export/useExportSettings";
import { SimulatedHost } from "../../host";
import { exampleHost, selectCell, typeInto } from "../../support/host-helpers";
import { RUBRIC_SHEET, hostSession, valueOf } from "../../support/session";
import { sampleEvaluations } from "../../workbook/sample";
import { renderPane } from "../render";

// A save lands 600 ms after typing, then the payload is read again: on a busy CI machine that takes longer than
// testing-library's default second.
configure({ asyncUtilTimeout: 10_000 });

globalThis.TextEncoder ??= TextEncoder as typeof globalThis.TextEncoder;
jest.setTimeout(60_000);

const ID = exampleRubric("en").id;
const WORKFLOW = "Workflow id (workflowid)";
const TABLE = "Detail table name (tableDBName)";

async function workbook(evaluations = sampleEvaluations().slice(0, 4)): Promise<SimulatedHost> {
  const host = await exampleHost(evaluations);
  typeInto(host, RUBRIC_SHEET, 3, 1, "final"); // the Status setting
  selectCell(host, RUBRIC_SHEET, 0, 0);
  return host;
}

/** Opens the pane on the workbook (as a reload does) and shows the payloads. */
async function openPayloads(host: SimulatedHost, language: "en" | "zh" = "en") {
  const { session } = hostSession({ host, language });
  const user = userEvent.setup();
  const view = renderPane(<App host="Excel" session={session} language={language} />, language);
  await user.click(await screen.findByRole("tab", { name: language === "zh" ? "导出" : "Export" }));
  await user.click(
    await screen.findByRole("radio", { name: language === "zh" ? /请求数据/ : "e-cology request payloads" }),
  );
  return { user, session, view };
}

describe("Export tab: remembered settings", () => {
  test("restores the workflow id, detail table and field names kept with the rubric", async () => {
    const host = await workbook();
    const { session } = hostSession({ host });
    valueOf(
      await saveExportSettings(session, ID, {
        workflowId: "42",
        detailTable: "formtable_main_1_dt1",
        fields: { person_name: "beipingren" },
        camundaFormId: "",
      }),
    );
    await openPayloads(host);
    await waitFor(() => expect(screen.getByRole("textbox", { name: WORKFLOW })).toHaveValue("42"));
    expect(screen.getByRole("textbox", { name: TABLE })).toHaveValue("formtable_main_1_dt1");
    // Both set: the payloads are built with them.
    const text = (await screen.findByRole("textbox", { name: "Preview" })) as HTMLTextAreaElement;
    const [first] = JSON.parse(text.value) as { workflowId: string; mainData: { fieldName: string }[] }[];
    expect(first.workflowId).toBe("42");
    // A field name kept in the settings table names the form's field.
    expect(first.mainData.map((f) => f.fieldName)).toContain("beipingren");
    expect(first.mainData.map((f) => f.fieldName)).not.toContain("person_name");
  });

  test("what is typed is kept in the workbook shortly after, and is there when the pane opens again", async () => {
    const host = await workbook();
    const { user, session, view } = await openPayloads(host);
    await user.type(screen.getByRole("textbox", { name: WORKFLOW }), "77");
    await user.type(screen.getByRole("textbox", { name: TABLE }), "dt_9");
    await waitFor(
      async () =>
        expect(valueOf(await readExportSettings(session, ID))).toEqual({
          workflowId: "77",
          detailTable: "dt_9",
          fields: {},
          camundaFormId: "",
        }),
      { timeout: SAVE_DELAY_MS * 5 },
    );
    view.unmount();

    await openPayloads(host);
    await waitFor(() => expect(screen.getByRole("textbox", { name: WORKFLOW })).toHaveValue("77"));
    expect(screen.getByRole("textbox", { name: TABLE })).toHaveValue("dt_9");
  });

  test("closing the tab before the delay still keeps what was typed", async () => {
    const host = await workbook();
    const { user, session } = await openPayloads(host);
    await user.type(screen.getByRole("textbox", { name: WORKFLOW }), "5");
    await user.click(screen.getByRole("tab", { name: "Score" }));
    // Sooner than the delay: saved because the tab closed, not because the delay passed.
    await waitFor(async () => expect(valueOf(await readExportSettings(session, ID)).workflowId).toBe("5"), {
      timeout: SAVE_DELAY_MS / 2,
    });
  });
});

/** The main-table field names of the first payload the preview shows. */
const payloadFieldNames = async () => {
  const text = (await screen.findByRole("textbox", { name: "Preview" })) as HTMLTextAreaElement;
  return (JSON.parse(text.value) as { mainData: { fieldName: string }[] }[])[0].mainData.map((f) => f.fieldName);
};

describe("Export tab: the e-cology field names", () => {
  async function withMapping() {
    const host = await workbook();
    const { session } = hostSession({ host });
    valueOf(
      await saveExportSettings(session, ID, {
        workflowId: "42",
        detailTable: "dt_1",
        fields: { person_name: "beipingren" },
        camundaFormId: "",
      }),
    );
    return host;
  }

  test("a disclosure lists every field with its default as placeholder; a name typed renames the field and is kept", async () => {
    const host = await withMapping();
    const { user, session, view } = await openPayloads(host);
    const disclosure = await screen.findByRole("button", { name: "Field names (1 renamed)" });
    expect(disclosure).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("textbox", { name: "Person" })).toBeNull();
    await user.click(disclosure);

    const person = screen.getByRole("textbox", { name: "Person" });
    expect(person).toHaveValue("beipingren");
    expect(person).toHaveAttribute("placeholder", "person_name");
    const team = screen.getByRole("textbox", { name: "Team" });
    expect(team).toHaveValue("");
    expect(team).toHaveAttribute("placeholder", "team_name");
    // The main table's fields (with one per criterion), then the detail table's.
    expect(screen.getByRole("heading", { name: "Main table" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Detail table" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: exampleRubric("en").criteria[0].label })).toHaveAttribute(
      "placeholder",
      "score_prep",
    );
    expect(screen.getByRole("textbox", { name: "Weighted contribution" })).toHaveAttribute(
      "placeholder",
      "crit_contrib",
    );

    await user.type(team, "zubie");
    await waitFor(async () => expect(await payloadFieldNames()).toContain("zubie"));
    expect(await payloadFieldNames()).not.toContain("team_name");
    expect(screen.getByRole("button", { name: "Field names (2 renamed)" })).toBeInTheDocument();
    // Back to the default: cleared in the pane, emptied in the workbook.
    await user.clear(screen.getByRole("textbox", { name: "Person" }));
    await waitFor(async () => expect(await payloadFieldNames()).toContain("person_name"));
    await waitFor(
      async () => expect(valueOf(await readExportSettings(session, ID)).fields).toEqual({ team_name: "zubie" }),
      { timeout: SAVE_DELAY_MS * 5 },
    );
    view.unmount();

    await openPayloads(host);
    await user.click(await screen.findByRole("button", { name: "Field names (1 renamed)" }));
    expect(screen.getByRole("textbox", { name: "Team" })).toHaveValue("zubie");
    expect(screen.getByRole("textbox", { name: "Person" })).toHaveValue("");
  });

  test("a name that is not a field name, or taken by another field, is marked at its input", async () => {
    const host = await withMapping();
    const { user } = await openPayloads(host);
    await user.click(await screen.findByRole("button", { name: /^Field names/ }));
    const team = screen.getByRole("textbox", { name: "Team" });
    await user.type(team, "9zu");
    expect(team).toHaveAttribute("aria-invalid", "true");
    expect(
      screen.getByText("Not a field name: a letter, then letters, digits or _, at most 30 characters."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: "Preview" })).toBeNull();

    await user.clear(team);
    await user.type(team, "BeiPingRen");
    expect(screen.getByText("“Person” is also named BeiPingRen.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Person" })).toHaveAttribute("aria-invalid", "true");

    await user.clear(team);
    expect(team).not.toHaveAttribute("aria-invalid", "true");
    expect(await payloadFieldNames()).toContain("beipingren");
  });

  test("a name kept for a field the form does not have is listed, to be cleared", async () => {
    const host = await workbook();
    const { session } = hostSession({ host });
    valueOf(
      await saveExportSettings(session, ID, {
        workflowId: "42",
        detailTable: "dt_1",
        fields: { score_gone: "zb_old" },
        camundaFormId: "",
      }),
    );
    const { user } = await openPayloads(host);
    // Opened at once: a name needs fixing.
    expect(await screen.findByRole("heading", { name: "Not in the form specification" })).toBeInTheDocument();
    const gone = screen.getByRole("textbox", { name: "score_gone" });
    expect(gone).toHaveValue("zb_old");
    expect(screen.getByText("The form has no such field: clear this name.")).toBeInTheDocument();
    await user.clear(gone);
    expect(await payloadFieldNames()).toContain("person_name");
    await waitFor(async () => expect(valueOf(await readExportSettings(session, ID)).fields).toEqual({}), {
      timeout: SAVE_DELAY_MS * 5,
    });
  });

  test("in Chinese: the disclosure, the groups and the labels are in Chinese", async () => {
    const host = await withMapping();
    const { user } = await openPayloads(host, "zh");
    await user.click(await screen.findByRole("button", { name: "字段名（已改 1 个）" }));
    expect(screen.getByRole("heading", { name: "主表" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "被评人" })).toHaveValue("beipingren");
    await user.type(screen.getByRole("textbox", { name: "团队" }), "1");
    expect(screen.getByText(/^不是有效的字段名/)).toBeInTheDocument();
  });
});

/** Opens the pane on the workbook and shows the Camunda form. */
async function openCamunda(host: SimulatedHost, language: "en" | "zh" = "en") {
  const { session } = hostSession({ host, language });
  const user = userEvent.setup();
  const view = renderPane(<App host="Excel" session={session} language={language} />, language);
  await user.click(await screen.findByRole("tab", { name: language === "zh" ? "导出" : "Export" }));
  await user.click(await screen.findByRole("radio", { name: /Camunda/ }));
  return { user, session, view };
}

const FORM_ID = "Form id (Camunda)";
const formIdOfPreview = async () =>
  (
    JSON.parse(((await screen.findByRole("textbox", { name: "Preview" })) as HTMLTextAreaElement).value) as {
      id: string;
    }
  ).id;

describe("Export tab: the Camunda form id", () => {
  test("blank shows the default as its placeholder; a typed id names the form and is kept with the rubric", async () => {
    const host = await workbook();
    const { user, session, view } = await openCamunda(host);
    const input = await screen.findByRole("textbox", { name: FORM_ID });
    expect(input).toHaveValue("");
    expect(input).toHaveAttribute("placeholder", "rubric-proactive-visit");
    expect(await formIdOfPreview()).toBe("rubric-proactive-visit");
    // Only the Camunda form shows it.
    await user.click(screen.getByRole("radio", { name: "Rubric JSON (canonical)" }));
    expect(screen.queryByRole("textbox", { name: FORM_ID })).toBeNull();
    await user.click(screen.getByRole("radio", { name: "Camunda form (form-js)" }));

    await user.type(screen.getByRole("textbox", { name: FORM_ID }), "visit_scoring");
    expect(await formIdOfPreview()).toBe("visit_scoring");
    await waitFor(
      async () => expect(valueOf(await readExportSettings(session, ID)).camundaFormId).toBe("visit_scoring"),
      {
        timeout: SAVE_DELAY_MS * 5,
      },
    );
    view.unmount();

    await openCamunda(host);
    await waitFor(() => expect(screen.getByRole("textbox", { name: FORM_ID })).toHaveValue("visit_scoring"));
    expect(await formIdOfPreview()).toBe("visit_scoring");
  });

  test("an id that is not a Camunda id is marked at the field, and no form is produced", async () => {
    const host = await workbook();
    const { user } = await openCamunda(host);
    const input = await screen.findByRole("textbox", { name: FORM_ID });
    await user.type(input, "visit scoring");
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(
      screen.getByText("The form id “visit scoring” contains “ ”: use only letters (A–Z), digits, -, _ and ."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: "Preview" })).toBeNull();
    // Said once, at the field: no second bar repeats it.
    expect(screen.queryByText(/Nothing was produced/)).toBeNull();

    await user.clear(input);
    await user.type(input, "9visit");
    expect(screen.getByText("The form id “9visit” must start with a letter (A–Z) or _.")).toBeInTheDocument();
    await user.clear(input);
    expect(input).not.toHaveAttribute("aria-invalid", "true");
    expect(await formIdOfPreview()).toBe("rubric-proactive-visit");
  });

  test("in Chinese: the label and the problem are in Chinese", async () => {
    const host = await workbook();
    const { user } = await openCamunda(host, "zh");
    const input = await screen.findByRole("textbox", { name: "表单 ID（Camunda）" });
    await user.type(input, "1a");
    expect(screen.getByText("表单 ID“1a”须以字母（A–Z）或 _ 开头。")).toBeInTheDocument();
  });
});

describe("Export tab: payloads with a bad row", () => {
  test("the good rows are exported; the bad row is named by the row Excel shows and what to fix", async () => {
    const rows = sampleEvaluations().slice(0, 4);
    rows[2] = { ...rows[2], process: "" };
    const host = await workbook(rows);
    const { session } = hostSession({ host });
    valueOf(
      await saveExportSettings(session, ID, { workflowId: "42", detailTable: "dt_1", fields: {}, camundaFormId: "" }),
    );
    const evaluations = valueOf(await readEvaluations(session)).evaluations;
    const bad = evaluations[2].sheetRow;
    expect(bad).toBe(host.model.table("Evaluations_proactive_visit").box.row + 1 + 2 + 1);

    await openPayloads(host);
    const text = (await screen.findByRole("textbox", { name: "Preview" })) as HTMLTextAreaElement;
    const sent = JSON.parse(text.value) as { mainData: { fieldName: string; fieldValue: string }[] }[];
    expect(sent.map((p) => p.mainData.find((f) => f.fieldName === "process_name")!.fieldValue)).toEqual(
      [0, 1, 3].map((i) => rows[i].process),
    );
    const left = screen.getByRole("list", { name: "Rows left out" });
    expect(
      within(left)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([`Row ${bad}: no Process`]);
    expect(screen.getByText(/1 scored row is left out of these 3 payloads/)).toBeInTheDocument();
  });

  test("in Chinese the row and the problem are in Chinese", async () => {
    const rows = sampleEvaluations().slice(0, 2);
    rows[1] = { ...rows[1], process: "" };
    const host = await workbook(rows);
    const { session } = hostSession({ host });
    valueOf(
      await saveExportSettings(session, ID, { workflowId: "42", detailTable: "dt_1", fields: {}, camundaFormId: "" }),
    );
    const bad = valueOf(await readEvaluations(session)).evaluations[1].sheetRow;
    await openPayloads(host, "zh");
    const left = await screen.findByRole("list", { name: "未包含的行" });
    expect(within(left).getByRole("listitem")).toHaveTextContent(new RegExp(`^第 ${bad} 行：缺少`));
  });
});
