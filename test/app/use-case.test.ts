import { RefusedError, defineUseCase } from "../../src/app/use-case";
import { hostSession } from "../support/session";

describe("defineUseCase", () => {
  const { session } = hostSession();

  it("gives the steps' value", async () => {
    const double = defineUseCase("double", async (_session, n: number) => n * 2);
    expect(double.key).toBe("double");
    expect(await double(session, 21)).toEqual({ ok: true, value: 42 });
  });

  it("turns what the steps throw into a failure under its key, never a rejection", async () => {
    const broken = defineUseCase("broken", async () => {
      throw new Error("The sheet is protected.");
    });
    expect(await broken(session)).toEqual({
      ok: false,
      failure: { key: "broken", message: "The sheet is protected." },
    });
    const odd = defineUseCase("odd", () => Promise.reject("plain text"));
    expect(await odd(session)).toEqual({ ok: false, failure: { key: "odd", message: "plain text" } });
  });

  it("says how it failed where that is known: a refusal's kind, or Office's error code", async () => {
    const refused = defineUseCase("refused", async () => {
      throw new RefusedError("invalidFile", "x.json is not a rubric file");
    });
    expect(await refused(session)).toEqual({
      ok: false,
      failure: { key: "refused", message: "x.json is not a rubric file", kind: "invalidFile" },
    });
    const office = (code: string) =>
      defineUseCase("office", async () => {
        throw Object.assign(new Error("refused"), { code });
      })(session);
    expect(await office("AccessDenied")).toMatchObject({ failure: { kind: "protected" } });
    expect(await office("InvalidOperationInCellEditMode")).toMatchObject({ failure: { kind: "cellEditing" } });
    expect(await office("ItemNotFound")).toMatchObject({ failure: { kind: "notFound" } });
    // A code that says nothing of the cause gets the action's general hint: no kind.
    expect(await office("GeneralException")).toEqual({ ok: false, failure: { key: "office", message: "refused" } });
  });
});
