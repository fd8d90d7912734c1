/** CSV cells, shared by the dashboard's export and the command line's --csv. */

/** One CSV field as RFC 4180 quotes it: the exact value, in double quotes when it holds a quote, comma or line end. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One CSV cell for a spreadsheet. A cell a spreadsheet would read as a formula (= + - @, or a leading tab or carriage
 * return) gets a leading single quote, so opening an export cannot run anything a web page put in a quote.
 */
export function csvCell(value: string | number): string {
  const s = String(value);
  return csvField(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
}
