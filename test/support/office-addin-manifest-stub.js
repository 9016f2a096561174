// Stand-in for office-addin-manifest inside jest (see jest.config.js): office-addin-mock needs only its OfficeApp
// enum, while the real package pulls in ESM-only dependencies that jest 30 cannot load.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
