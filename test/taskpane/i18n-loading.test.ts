// The pane carries one language's texts: English in the first download, Chinese loaded before it renders in Chinese.
describe("the pane's texts load per language", () => {
  test("Chinese is English until its texts are loaded, then Chinese", async () => {
    await jest.isolateModulesAsync(async () => {
      const i18n = await import("../../src/taskpane/i18n");
      expect(i18n.isLanguageLoaded("en")).toBe(true);
      expect(i18n.isLanguageLoaded("zh")).toBe(false);
      expect(i18n.createI18n("zh").t("score.save")).toBe("Save");
      await i18n.loadLanguage("zh");
      expect(i18n.isLanguageLoaded("zh")).toBe(true);
      expect(i18n.createI18n("zh").t("score.save")).toBe("保存");
      expect(i18n.createI18n("en").t("score.save")).toBe("Save");
    });
  });
});
