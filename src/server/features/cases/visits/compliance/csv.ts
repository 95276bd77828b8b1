/**
 * A small RFC 4180 writer (no CSV library is installed, and one table does not justify adding one):
 * fields are separated by commas, records end in CRLF, and a field holding a comma, a quote, CR or
 * LF is quoted with its quotes doubled. A field that a spreadsheet would run as a formula (leading
 * =, +, -, @, tab or CR) is prefixed with an apostrophe, so an export opened in Excel cannot execute
 * a name someone typed (OWASP "CSV injection"); numbers are written as they are.
 */
export type CsvValue = string | number | null;

const formulaStart = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The header and rows as one CSV document, each record ended by CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
