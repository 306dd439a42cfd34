// One CSV cell per RFC 4180, neutralised against formula injection: spreadsheets run a cell that
// begins with =, +, -, @ (or a tab or carriage return before one) as a formula, so such a text
// cell gets a leading apostrophe and is shown as text (the OWASP advice). Numbers stay numbers.
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
