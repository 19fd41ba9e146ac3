// A table of rows with headings that sort it (click again to reverse); numbers right-aligned in the reader's
// format. Built with textContent only: names from the records never become markup.
import { number } from './format.js';

/**
 * columns: [{key, label, numeric, value: row => sortable value, text: row => shown text, render: (td, row) => void,
 * sortable (false: a plain heading), rowHeader (true: the row's heading cell, th scope=row), className}];
 * options: {footer: {key: text} or several such lines, sort: {key, direction}, rowClass: row => class}.
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
    if (column.className) {
      th.classList.add(column.className);
    }
    head.appendChild(th);
  });
  const body = table.createTBody();
  sorted.forEach((row) => {
    const tr = body.insertRow();
    tr.dataset.row = '';
    if (options.rowClass) {
      tr.className = options.rowClass(row) || '';
    }
    columns.forEach((column) => {
      const td = column.rowHeader ? document.createElement('th') : tr.insertCell();
      if (column.rowHeader) {
        td.scope = 'row';
        tr.appendChild(td);
      }
      if (column.numeric) {
        td.className = 'num';
      }
      if (column.className) {
        td.classList.add(column.className);
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
    const foot = table.createTFoot();
    [].concat(options.footer).forEach((line) => {
      const tr = foot.insertRow();
      columns.forEach((column) => {
        const td = column.rowHeader ? document.createElement('th') : tr.insertCell();
        if (column.rowHeader) {
          td.scope = 'row';
          tr.appendChild(td);
        }
        if (column.numeric) {
          td.className = 'num';
        }
        if (column.className) {
          td.classList.add(column.className);
        }
        td.textContent = line[column.key] ?? '';
      });
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
