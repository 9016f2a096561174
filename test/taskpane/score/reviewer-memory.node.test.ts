import { rememberReviewer, rememberedReviewer } from "../../../src/taskpane/score/reviewer-memory";

// Node has no localStorage at all (as a host without web storage): nothing is remembered, nothing throws.
it("without localStorage nothing is remembered and nothing throws", () => {
  expect(typeof (globalThis as { localStorage?: unknown }).localStorage).toBe("undefined");
  expect(() => rememberReviewer("proactive-visit", "Li Na")).not.toThrow();
  expect(rememberedReviewer("proactive-visit")).toBe("");
});
