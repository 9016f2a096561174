// Every pane language's texts, for the DOM tests that render components in Chinese without mounting the pane (which
// loads them on demand: src/taskpane/i18n/index.ts). test/taskpane/i18n-loading.test.ts checks the loading itself.
import { addLanguageTexts } from "../../src/taskpane/i18n";
import zh from "../../src/taskpane/i18n/zh.json";

addLanguageTexts("zh", zh);
