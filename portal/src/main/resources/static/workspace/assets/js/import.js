// Importing activities from a spreadsheet (needs a network): the template to fill in, in the person's language; the
// file sent as it is (CSV or XLSX) to the import through the relay; its answer row by row, each rejected row with its
// reasons in the person's language, and those rows as a CSV to fix: the file's own headings, each rejected row's cells
// as the service read them, and the reasons in a last column that the import ignores, so that the file can be fixed
// and sent again as it is. Importing the same file again records nothing twice (the service recognises it), so a file
// can safely be sent again after a lost answer, and a file of rejected rows holds no row that was recorded.
import { csvText, download } from '../../../dashboard/assets/js/csv.js';
import { addTexts, language, t } from '../../../dashboard/assets/js/i18n.js';

addTexts({
  // The import recognises this column by its bracketed code and ignores its cells: keep the code as it is.
  'import.reasonsColumn': ['Lý do bị từ chối (rejectedBecause)', 'Reasons for rejection (rejectedBecause)'],
});

const $ = (selector) => document.querySelector(selector);
const IMPORT = '../api/events/v1/activities/import';

let person = () => null;
let rejected = [];
let onRecorded = () => {};

function headers(extra = {}) {
  const headersOut = { Accept: 'application/json', 'Accept-Language': language(), ...extra };
  const csrf = person()?.csrf;
  if (csrf) {
    headersOut[csrf.headerName] = csrf.token;
  }
  return headersOut;
}

/** The template, in the person's language, saved under the name the service gives it. */
async function downloadTemplate() {
  const status = $('#import-status');
  status.textContent = '';
  try {
    const response = await fetch(`${IMPORT}/template`, { headers: headers({ Accept: '*/*' }), cache: 'no-store' });
    if (!response.ok) {
      throw new Error(t('import.failed'));
    }
    const disposition = response.headers.get('Content-Disposition') || '';
    const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    const plain = /filename="([^"]+)"/i.exec(disposition);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = encoded ? decodeURIComponent(encoded[1]) : (plain ? plain[1] : t('import.templateFile'));
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (e) {
    status.textContent = navigator.onLine ? t('import.failed') : t('import.offline');
  }
}

function outcomeText(outcome) {
  return t(`import.outcome.${outcome}`);
}

function reasons(result) {
  return (result.errors || []).map((error) => error.message).join(' ');
}

function showReport(report) {
  $('#import-summary').textContent = t('import.summary', {
    rows: report.rows, recorded: report.recorded, already: report.alreadyRecorded, rejected: report.rejected,
  });
  rejected = report.results.filter((result) => result.outcome === 'REJECTED');
  $('#import-rows tbody').replaceChildren(...report.results.map((result) => {
    const row = document.createElement('tr');
    row.dataset.outcome = result.outcome;
    [String(result.row), outcomeText(result.outcome), reasons(result)].forEach((value) => {
      const cell = document.createElement('td');
      cell.textContent = value;
      row.append(cell);
    });
    return row;
  }));
  $('#import-rejected').hidden = rejected.length === 0;
  $('#import-rejected').dataset.rows = String(rejected.length);
  $('#import-result').hidden = false;
}

function showFileProblem(problem) {
  const details = [problem.detail || problem.title, ...(problem.errors || []).map((error) => error.message)];
  $('#import-status').textContent = details.filter(Boolean).join(' ');
}

async function sendFile(event) {
  event.preventDefault();
  const file = $('#import-file').files[0];
  const status = $('#import-status');
  $('#import-result').hidden = true;
  if (!file) {
    status.textContent = t('import.choose');
    return;
  }
  status.textContent = t('import.sending');
  $('#import-send').disabled = true;
  try {
    const body = new FormData();
    body.append('file', file, file.name);
    const response = await fetch(IMPORT, { method: 'POST', headers: headers(), body, redirect: 'manual', cache: 'no-store' });
    if (response.type === 'opaqueredirect' || response.status === 401) {
      status.textContent = t('sync.signin');
      return;
    }
    const answer = await response.json().catch(() => ({ status: response.status }));
    if (!response.ok) {
      showFileProblem(answer);
      return;
    }
    status.textContent = '';
    showReport(answer);
    if (answer.recorded > 0) {
      onRecorded();
    }
  } catch (e) {
    status.textContent = t('import.offline');
  } finally {
    $('#import-send').disabled = false;
  }
}

/** A column letter's place: A is 1, Z 26, AA 27. */
function columnNumber(letters) {
  return [...letters].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);
}

/**
 * The rejected rows to fix in a spreadsheet and import again: the file's columns in its own order with its headings
 * as written (each cell as the service read it), then the reasons in the person's language. An answer without the
 * cells (a service not yet updated) gives the rows' numbers and reasons only, as before.
 */
function rejectedCsv() {
  const headings = new Map();
  rejected.forEach((result) => (result.cells || []).forEach((cell) => {
    if (!headings.has(cell.column) || (!headings.get(cell.column) && cell.heading)) {
      headings.set(cell.column, cell.heading || '');
    }
  }));
  if (headings.size === 0) {
    return csvText([{
      columns: [
        { label: t('import.row'), value: (result) => result.row },
        { label: t('import.reasons'), value: reasons },
      ],
      rows: rejected,
    }]);
  }
  const columns = [...headings.keys()].sort((a, b) => columnNumber(a) - columnNumber(b)).map((column) => ({
    label: headings.get(column),
    value: (result) => (result.cells || []).find((cell) => cell.column === column)?.value ?? '',
  }));
  columns.push({ label: t('import.reasonsColumn'), value: reasons });
  return csvText([{ columns, rows: rejected }]);
}

function downloadRejected() {
  download(t('import.rejectedFile'), rejectedCsv());
}

/** Wires the card: who is signed in (for the CSRF token), and what to do once rows were recorded. */
export function setUp(currentPerson, recorded) {
  person = currentPerson;
  onRecorded = recorded;
  $('#import-template').addEventListener('click', downloadTemplate);
  $('#import-form').addEventListener('submit', sendFile);
  $('#import-rejected').addEventListener('click', downloadRejected);
}
