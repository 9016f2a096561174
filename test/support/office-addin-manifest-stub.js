// Stand-in for office-addin-manifest inside jest (see jest.config.js). office-addin-mock never calls it.
module.exports = {};
