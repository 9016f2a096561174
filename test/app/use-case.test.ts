import { defineUseCase } from "../../src/app/use-case";
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
});
