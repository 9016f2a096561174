/** @jest-environment jsdom */
// The evaluation card's downloads: Download PNG draws the card on a canvas (a recording fake here: jsdom has none)
// and hands the browser a PNG file named like the HTML one; without a canvas, or for a card too long for one, it
// says so and downloads nothing. Download HTML hands over the page.
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { EvaluationRecord } from "../../../src/app/read-evaluations";
import { prepareVersions } from "../../../src/rubric/review";
import { CardView } from "../../../src/taskpane/review/CardView";
import { fakeMeasure } from "../../formats/evaluation-card/image/fake-measure";
import { workedEvaluation, workedRubric } from "../../rubric/review/fixture";
import { renderPane } from "../render";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const record = (comment?: string): EvaluationRecord => ({
  ...workedEvaluation(),
  ...(comment === undefined ? {} : { comment }),
  rowIndex: 8,
});

function renderCard(language: "en" | "zh" = "en", comment?: string) {
  renderPane(
    <CardView
      records={[record(comment)]}
      selectedRows={[8]}
      versions={prepareVersions([workedRubric()])}
      language={language}
    />,
    language,
  );
  return screen.getByTestId("review-card");
}

/** What the pane hands to the browser: each file's name and content. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:card-${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => undefined,
  });
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

/** A canvas for the test: its 2D context records the texts drawn and measures with the fake measure. */
function fakeCanvas() {
  const drawn: string[] = [];
  const sizes: [number, number][] = [];
  let font = "13px sans-serif";
  const context = {
    set font(value: string) {
      font = value;
    },
    get font() {
      return font;
    },
    measureText: (text: string) => ({ width: fakeMeasure(text, font) }),
    fillText: (text: string) => drawn.push(text),
    setTransform: () => undefined,
    fillRect: () => undefined,
    strokeRect: () => undefined,
  };
  jest
    .spyOn(HTMLCanvasElement.prototype, "getContext")
    .mockImplementation(() => context as unknown as CanvasRenderingContext2D);
  jest.spyOn(HTMLCanvasElement.prototype, "toBlob").mockImplementation(function (this: HTMLCanvasElement, callback) {
    sizes.push([this.width, this.height]);
    setTimeout(() => callback(new Blob([PNG], { type: "image/png" })), 0);
  });
  return { drawn, sizes };
}

const bytesOf = (blob: Blob) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });

afterEach(() => jest.restoreAllMocks());

describe("the evaluation card's downloads", () => {
  test("Download PNG draws the card and downloads it as <rubric>-v<version>-<key>.png", async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    const canvas = fakeCanvas();
    const card = renderCard();
    await user.click(within(card).getByRole("button", { name: "Download PNG" }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0].name).toBe("worked-v3-ev-worked.png");
    expect(files[0].blob.type).toBe("image/png");
    expect(await bytesOf(files[0].blob)).toEqual(PNG);
    // The card as the pane shows it, drawn at twice its size.
    expect(canvas.drawn).toContain("Worked example — version 3");
    expect(canvas.drawn).toContain("78.0 base + 10 bonus = 88.0 → 2 points");
    expect(canvas.drawn).toContain("Thorough.");
    expect(canvas.sizes).toHaveLength(1);
    expect(canvas.sizes[0][0]).toBe(672 * 2);
    expect(within(card).getByRole("button", { name: "Download PNG" })).toBeEnabled();
    expect(card.querySelector(".fui-MessageBar")).toBeNull();
  });

  test("without a canvas, Download PNG says so and downloads nothing; Download HTML still works", async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    // jsdom's canvas, as test/support/jsdom-globals.ts leaves it: no 2D context.
    const card = renderCard();
    await user.click(within(card).getByRole("button", { name: "Download PNG" }));
    expect(
      await within(card).findByText("This host cannot draw images: download the card as HTML instead."),
    ).toBeInTheDocument();
    expect(card.querySelector(".fui-MessageBar")).not.toBeNull();
    expect(files).toHaveLength(0);
    await user.click(within(card).getByRole("button", { name: "Download HTML" }));
    expect(files.map((f) => f.name)).toEqual(["worked-v3-ev-worked.html"]);
    expect(files[0].blob.type).toBe("text/html;charset=utf-8");
  });

  test("in Chinese: the Chinese card is drawn; a card too long for an image says so", async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    const canvas = fakeCanvas();
    let card = renderCard("zh");
    await user.click(within(card).getByRole("button", { name: "下载 PNG" }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(canvas.drawn).toContain("基础分 78.0 + 加分 10 = 88.0 → 2 积分");
    expect(files[0].name).toBe("worked-v3-ev-worked.png");

    cleanup();
    card = renderCard("zh", "很长的备注\n".repeat(2000));
    await user.click(within(card).getByRole("button", { name: "下载 PNG" }));
    expect(
      await within(card).findByText(/^评价卡太长，无法生成图片（\d+ 像素）：请改为下载 HTML。$/),
    ).toBeInTheDocument();
    expect(files).toHaveLength(1);
  });
});
