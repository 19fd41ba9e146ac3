// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Vietnamese), CRLF lines, every text cell
// quoted, and a text that starts like a formula (= + - @, tab, CR) prefixed with ' so that it is never run.

const FORMULA_START = /^[=+\-@\t\r]/;

export function cell(value) {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'number') {
    return String(value);
  }
  let text = String(value);
  if (FORMULA_START.test(text)) {
    text = `'${text}`;
  }
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * sections: [{title, columns: [{label, value: row => ...}], rows}]; each section is its labels' line and its rows,
 * sections are separated by an empty line and, when there are several, headed by their title.
 */
export function csvText(sections) {
  const lines = [];
  sections.forEach((section, index) => {
    if (index > 0) {
      lines.push('');
    }
    if (sections.length > 1 && section.title) {
      lines.push(cell(section.title));
    }
    lines.push(section.columns.map((c) => cell(c.label)).join(','));
    section.rows.forEach((row) => lines.push(section.columns.map((c) => cell(c.value(row))).join(',')));
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function download(fileName, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
