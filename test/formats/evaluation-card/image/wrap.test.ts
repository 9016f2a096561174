// Wrapping for the card's image: with a measure that counts characters, a width of n holds n characters.
import { wrapText } from "../../../../src/formats/evaluation-card/image";
import { perCharacter } from "./fake-measure";

const wrap = (text: string, width: number) => wrapText(text, width, "13px sans-serif", perCharacter);

describe("wrapping a text to a width", () => {
  test("a text that fits is one line, as it is", () => {
    expect(wrap("78.0 base + 10 bonus = 88.0 → 2 points", 40)).toEqual(["78.0 base + 10 bonus = 88.0 → 2 points"]);
    expect(wrap("", 10)).toEqual([""]);
  });

  test("Latin text breaks at spaces, the spaces at a break dropped", () => {
    expect(wrap("the quick brown fox jumps", 10)).toEqual(["the quick", "brown fox", "jumps"]);
    expect(wrap("one   two", 4)).toEqual(["one", "two"]);
  });

  test("a word longer than the line breaks between characters", () => {
    const checksum = "0123456789abcdef0123456789";
    expect(wrap(checksum, 10)).toEqual(["0123456789", "abcdef0123", "456789"]);
    expect(wrap(`sum ${checksum}`, 10)).toEqual(["sum", "0123456789", "abcdef0123", "456789"]);
  });

  test("Chinese text breaks between any two characters", () => {
    expect(wrap("客服一组的流程评审结果", 4)).toEqual(["客服一组", "的流程评", "审结果"]);
    // Mixed: a Latin word stays whole, the Chinese around it breaks anywhere.
    expect(wrap("团队Team评审", 5)).toEqual(["团队", "Team评", "审"]);
  });

  test("closing punctuation stays with the character before it, opening with the one after", () => {
    // "组，" cannot part: the comma does not start a line.
    expect(wrap("一二三组，好", 4)).toEqual(["一二三", "组，好"]);
    // "（第" cannot part: the bracket does not end a line.
    expect(wrap("一二三（第3版）", 4)).toEqual(["一二三", "（第3", "版）"]);
  });

  test("line breaks are kept, a blank line stays, leading spaces of a paragraph stay", () => {
    expect(wrap("first\n\n  indented\r\nlast", 20)).toEqual(["first", "", "  indented", "last"]);
  });

  test("hostile text is just characters", () => {
    const text = `<img src=x onerror=alert(1)>`;
    expect(wrap(text, 100)).toEqual([text]);
    expect(wrap(text, 12)).toEqual(["<img src=x", "onerror=aler", "t(1)>"]);
  });

  test("no line is wider than the width unless it is a single character", () => {
    const text = "Proactive follow-up visit 客服一组（第 1 版）：评审人 Process manager, 0123456789abcdef".repeat(3);
    for (const width of [1, 2, 3, 5, 8, 13, 21]) {
      const lines = wrap(text, width);
      for (const line of lines) expect(line.length <= width || [...line].length === 1).toBe(true);
      // Nothing lost but spaces at the breaks.
      expect(lines.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
    }
  });
});
