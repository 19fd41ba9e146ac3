// A table of rows with headings that sort it (click again to reverse); numbers right-aligned in the reader's
// format. Built with textContent only: names from the records never become markup.
import { number } from './format.js';

/**
 * columns: [{key, label, numeric, value: row => sortable value, text: row => shown text}];
 * options: {footer: {key: text}, sort: {key, direction}}.
 */
export function renderTable(table, columns, rows, options = {}) {
  const sort = table.sortState || options.sort || null;
  table.sortState = sort;
  const valueOf = (column, row) => (column.value ? column.value(row) : row[column.key]);
  const sorted = rows.slice();
  if (sort) {
    const column = columns.find((c) => c.key === sort.key);
    if (column) {
      const factor = sort.direction === 'descending' ? -1 : 1;
      sorted.sort((a, b) => factor * compare(valueOf(column, a), valueOf(column, b)));
    }
  }
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  columns.forEach((column) => {
    const th = document.createElement('th');
    th.scope = 'col';
    if (column.numeric) {
      th.className = 'num';
    }
    if (column.sortable === false) {
      th.textContent = column.label;
    } else {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = column.label;
      button.dataset.sort = column.key;
      button.addEventListener('click', () => {
        const descendingFirst = column.numeric;
        const same = table.sortState && table.sortState.key === column.key;
        const direction = same
          ? (table.sortState.direction === 'ascending' ? 'descending' : 'ascending')
          : (descendingFirst ? 'descending' : 'ascending');
        table.sortState = { key: column.key, direction };
        renderTable(table, columns, rows, options);
      });
      th.appendChild(button);
      th.setAttribute('aria-sort', sort && sort.key === column.key ? sort.direction : 'none');
    }
    head.appendChild(th);
  });
  const body = table.createTBody();
  sorted.forEach((row) => {
    const tr = body.insertRow();
    tr.dataset.row = '';
    columns.forEach((column) => {
      const td = tr.insertCell();
      if (column.numeric) {
        td.className = 'num';
      }
      if (column.render) {
        column.render(td, row);
      } else {
        const value = valueOf(column, row);
        td.textContent = column.text ? column.text(row) : (column.numeric ? number(value) : (value ?? '–'));
      }
    });
  });
  if (options.footer) {
    const foot = table.createTFoot().insertRow();
    columns.forEach((column) => {
      const td = foot.insertCell();
      if (column.numeric) {
        td.className = 'num';
      }
      td.textContent = options.footer[column.key] ?? '';
    });
  }
}

function compare(a, b) {
  if (a === b) {
    return 0;
  }
  if (a === null || a === undefined) {
    return 1;
  }
  if (b === null || b === undefined) {
    return -1;
  }
  if (typeof a === 'number' && typeof b === 'number') {
    return a - b;
  }
  return String(a).localeCompare(String(b), 'vi');
}
