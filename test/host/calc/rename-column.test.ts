import { renameColumnIn } from "./rename-column";

const rename = { table: "T", from: "Old", to: "New", inside: false };

describe("rewriting references to a renamed column", () => {
  it("renames the column in every form, and nothing else", () => {
    const cases: Array<[string, string]> = [
      ["=T[Old]", "=T[New]"],
      ["=t[@old]", "=t[@New]"],
      ["=SUM(T[[Old]:[Other]])", "=SUM(T[[New]:[Other]])"],
      ["=T[[#Headers],[#Data],[Other]:[Old]]", "=T[[#Headers],[#Data],[Other]:[New]]"],
      ['=U[Old]&"T[Old]"', '=U[Old]&"T[Old]"'],
      ["=T[Older]+T[#All]", "=T[Older]+T[#All]"],
    ];
    for (const [before, after] of cases) expect(renameColumnIn(before, rename)).toBe(after);
  });

  it("renames unqualified references only in the table's own cells", () => {
    expect(renameColumnIn("=[@Old]*2", rename)).toBe("=[@Old]*2");
    expect(renameColumnIn("=[@Old]*2", { ...rename, inside: true })).toBe("=[@New]*2");
  });
});
