// Files webpack bundles as text (asset/source).
declare module "*.csv" {
  const text: string;
  export default text;
}
