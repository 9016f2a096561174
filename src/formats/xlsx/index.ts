// The .xlsx writer: sheets of values (numbers, text, booleans, dates) to a workbook file, for a values copy that
// opens where the add-in is not installed. Loaded on demand with the use case that needs it (fflate included).
export { xlsxFile, xlsxParts } from "./workbook";
export { toBase64 } from "./base64";
export { fitSheetName, SHEET_NAME_MAX } from "./sheet-name";
export { DATE_FORMAT, dateSerial } from "./cells";
export type { XlsxSheet, XlsxValue } from "./cells";
