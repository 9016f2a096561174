// What the global setup hands to the test files, through environment variables (the test files run after it, in
// this process under --runInBand, or in workers started after it).
export const ENV_URL = "RUBRIC_E2E_URL";
export const ENV_SETUP_ERROR = "RUBRIC_E2E_SETUP_ERROR";

/** The page the tests open. */
export const PREVIEW_PAGE = "preview.html";

/** The preview's base URL ("http://127.0.0.1:PORT"); throws the setup's error when there is none. */
export function previewBaseUrl(): string {
  const error = process.env[ENV_SETUP_ERROR];
  if (error) throw new Error(error);
  const url = process.env[ENV_URL];
  if (!url) throw new Error(`${ENV_URL} is not set: run the end-to-end tests with npm run test:e2e`);
  return url;
}
