// Renders the task pane without Office (server-side rendering, so no DOM library is needed).
import { renderToStaticMarkup } from "react-dom/server";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App, statusText } from "../../src/taskpane/App";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("App", () => {
  test("outside Office it says that Excel is needed", () => {
    const html = renderToStaticMarkup(<App host={null} />);
    expect(html).toMatch(/<h1[^>]*>Rubric Workbench<\/h1>/);
    expect(text(html)).toContain("Not running inside Excel: the RUBRIC functions and workbook features need Excel.");
  });

  test("inside Excel it says the functions are available", () => {
    const html = renderToStaticMarkup(<App host="Excel" />);
    expect(text(html)).toContain("Running inside Excel");
    expect(text(html)).not.toContain("Not running inside Excel");
  });

  test("in another Office host it names the host and asks for Excel", () => {
    expect(statusText("Word")).toMatch(/^Running inside Word, not Excel/);
  });

  test("paints the theme it is given, light by default", () => {
    const background = (html: string) => /--colorNeutralBackground1:\s*([^;]+);/.exec(html)?.[1];
    expect(background(renderToStaticMarkup(<App host={null} />))).toBe(webLightTheme.colorNeutralBackground1);
    expect(background(renderToStaticMarkup(<App host={null} theme={webDarkTheme} />))).toBe(webDarkTheme.colorNeutralBackground1);
  });
});
