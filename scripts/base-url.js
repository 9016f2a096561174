// The production base URL (where dist/ is served), from ADDIN_BASE_URL. A placeholder host is refused, so that no
// production manifest points at the dev server or at a documentation domain.
const PLACEHOLDER_HOSTS = [
  /^localhost$/,
  /\.localhost$/,
  /^127(\.\d+){3}$/,
  /^0\.0\.0\.0$/,
  /^\[::1?\]$/,
  /(^|\.)contoso\.com$/,
  /(^|\.)example\.(com|net|org)$/,
  // Reserved top-level domains (RFC 2606): never a real deployment.
  /\.(example|test|invalid)$/,
];

const isPlaceholderHost = (hostname) => PLACEHOLDER_HOSTS.some((re) => re.test(hostname.toLowerCase()));

/** `value` as an https base URL ending in "/", or an Error saying what to set. */
function productionBaseUrl(value) {
  const hint =
    "Set ADDIN_BASE_URL to the https address that serves dist/, e.g. " +
    "ADDIN_BASE_URL=https://addins.your-company.cn/rubric-workbench/ npm run build";
  if (!value) throw new Error(`ADDIN_BASE_URL is not set: a production build needs the add-in's own host. ${hint}`);
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${value}. ${hint}`);
  }
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_BASE_URL must use https (Office loads add-ins over https only): ${value}`);
  if (isPlaceholderHost(url.hostname)) {
    throw new Error(`ADDIN_BASE_URL points at a placeholder host (${url.hostname}): ${value}. ${hint}`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_BASE_URL must be a plain base address, without query, fragment or credentials: ${value}`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

module.exports = { productionBaseUrl, isPlaceholderHost };
