// Reporting completeness (tình hình gửi báo cáo): GET /reporting for one agency, data set and year, drawn as a grid of
// the expected units (the province, then each district with its communes under it) by period. Each cell shows where the
// unit's report stands by a symbol and in words as well as by colour; the rates per period and in all are the answer's,
// the rates per unit are counted from the answer's rows.
import { get } from '../api.js';
import { day, percent, period } from '../format.js';
import { label, t } from '../i18n.js';
import { renderTable } from '../table.js';

/** The states a cell can show, in the legend's order; NONE is an expected report nothing was sent for. */
export const STATES = ['APPROVED', 'SUBMITTED', 'RETURNED', 'OPEN', 'NONE'];
const SYMBOLS = { APPROVED: '✓', SUBMITTED: '↑', RETURNED: '↩', OPEN: '○', NONE: '✗' };
const LEVEL_ORDER = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };

function stateOf(row) {
  return row.state || 'NONE';
}

export function stateName(row) {
  return row.state ? row.stateName || label('periodState', row.state) : t('completeness.notReported');
}

function share(count, expected) {
  return expected ? count / expected : null;
}

/** The expected units of the answer, each with its report per period, the province first, communes under their district. */
function unitsOf(answer) {
  const units = new Map();
  answer.rows.forEach((row) => {
    if (!units.has(row.unit)) {
      units.set(row.unit, { ...row, cells: new Map(), expected: 0, submitted: 0, onTime: 0 });
    }
    const unit = units.get(row.unit);
    unit.cells.set(row.period, row);
    unit.expected += row.expected;
    unit.submitted += row.submitted;
    unit.onTime += row.onTime;
  });
  const districtOf = (u) => (u.level === 'DISTRICT' ? u.districtName || u.unitName : u.districtName);
  const key = (u) => [u.province || '', u.level === 'PROVINCE' ? '' : (districtOf(u) || '\uffff'),
    LEVEL_ORDER[u.level] ?? 9, u.unitName || u.unit];
  const compare = (a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i += 1) {
      const order = typeof x[i] === 'number' ? x[i] - y[i] : String(x[i]).localeCompare(String(y[i]), 'vi');
      if (order !== 0) {
        return order;
      }
    }
    return 0;
  };
  return [...units.values()].sort(compare);
}

function periodsOf(answer) {
  return [...new Set(answer.byPeriod.map((r) => r.period).concat(answer.rows.map((r) => r.period)))].sort();
}

function drawCell(td, unit, key) {
  const row = unit.cells.get(key);
  td.classList.add('cell');
  if (!row) {
    // Not expected of this unit in that period (a unit of the other administrative structure).
    td.classList.add('not-expected');
    td.textContent = '';
    td.title = t('completeness.notExpected');
    return;
  }
  const state = stateOf(row);
  const late = row.submitted > 0 && row.onTime === 0;
  td.dataset.state = state;
  td.classList.add(`state-${state.toLowerCase()}`);
  const symbol = document.createElement('span');
  symbol.setAttribute('aria-hidden', 'true');
  symbol.textContent = SYMBOLS[state] + (late ? '!' : '');
  const words = document.createElement('span');
  words.className = 'visually-hidden';
  words.textContent = [stateName(row), late ? t('completeness.late') : ''].filter(Boolean).join(', ');
  td.append(symbol, words);
  td.title = [`${unit.unitName} – ${period(key)}`, words.textContent,
    row.firstSubmittedOn ? `${t('completeness.firstSubmitted')} ${day(row.firstSubmittedOn)}` : '']
    .filter(Boolean).join('\n');
}

function columns(periods) {
  return [
    {
      key: 'unit', label: t('completeness.unit'), sortable: false, rowHeader: true, className: 'unit',
      render: (th, u) => {
        th.textContent = u.unitName || u.unit;
        th.dataset.unit = u.unit;
      },
    },
    ...periods.map((key) => ({
      key, label: period(key), sortable: false, className: 'period', render: (td, u) => drawCell(td, u, key),
    })),
    {
      key: 'reportingRate', label: t('completeness.reportingRate'), sortable: false, numeric: true, className: 'rate',
      text: (u) => percent(share(u.submitted, u.expected)),
    },
    {
      key: 'onTimeRate', label: t('completeness.onTimeRate'), sortable: false, numeric: true, className: 'rate',
      text: (u) => percent(share(u.onTime, u.expected)),
    },
  ];
}

function drawLegend(legend, answer) {
  legend.replaceChildren();
  STATES.forEach((state) => {
    const item = document.createElement('li');
    item.dataset.state = state;
    const swatch = document.createElement('span');
    swatch.className = `swatch state-${state.toLowerCase()}`;
    swatch.setAttribute('aria-hidden', 'true');
    swatch.textContent = SYMBOLS[state];
    const count = answer.rows.filter((r) => stateOf(r) === state).length;
    item.append(swatch, ` ${state === 'NONE' ? t('completeness.notReported') : label('periodState', state)} (${count})`);
    legend.appendChild(item);
  });
  const late = document.createElement('li');
  late.textContent = `! ${t('completeness.late')}`;
  legend.appendChild(late);
}

export default {
  id: 'completeness',
  agency: null,
  dataSet: 'ACTIVITIES',
  year: null,
  /** The locality asked when the filter names none: the person's own, else the first province they may see. */
  fallbackLocality: '',

  async load(query) {
    const year = this.year || query.to.slice(0, 4);
    return get('reporting', {
      dataSet: this.dataSet, agency: this.agency, from: `${year}-01`, to: `${year}-12`,
      locality: query.locality || this.fallbackLocality,
    });
  },

  render(answer, card) {
    const periods = periodsOf(answer);
    const units = unitsOf(answer);
    const byPeriod = new Map(answer.byPeriod.map((r) => [r.period, r]));
    const totals = answer.totals[0] || {};
    const footer = (name, rate) => {
      const line = { unit: t(name) };
      periods.forEach((key) => { line[key] = percent(byPeriod.has(key) ? byPeriod.get(key)[rate] : null); });
      line[rate] = percent(totals[rate]);
      return line;
    };
    const table = card.querySelector('[data-table="completeness"]');
    renderTable(table, columns(periods), units, {
      footer: [footer('completeness.reportingRate', 'reportingRate'), footer('completeness.onTimeRate', 'onTimeRate')],
      rowClass: (u) => `level-${String(u.level).toLowerCase()}`,
    });
    table.querySelectorAll('tfoot tr').forEach((tr, i) => { tr.dataset.rate = i === 0 ? 'reportingRate' : 'onTimeRate'; });
    table.setAttribute('aria-label', [t('completeness.title'), answer.dataSetName, totals.agencyName,
      answer.localityName].filter(Boolean).join(' – '));
    drawLegend(card.querySelector('[data-part="legend"]'), answer);
    const summary = card.querySelector('[data-part="summary"]');
    summary.textContent = answer.rows.length === 0 ? '' : t('completeness.summary', {
      expected: totals.expected ?? 0, submitted: totals.submitted ?? 0, onTime: totals.onTime ?? 0,
      notReported: (answer.notReported || []).length, day: answer.onTimeDay,
    });
    return answer.rows.length > 0;
  },

  csv(answer) {
    return [{
      title: t('completeness.title'),
      columns: [
        { label: t('col.agency'), value: (r) => r.agencyName || label('agency', r.agency) },
        { label: t('col.district'), value: (r) => r.districtName || '' },
        { label: t('completeness.unit'), value: (r) => r.unitName },
        { label: t('col.code'), value: (r) => r.unit },
        { label: t('completeness.period'), value: (r) => r.period },
        { label: t('col.status'), value: stateName },
        { label: t('completeness.firstSubmitted'), value: (r) => r.firstSubmittedOn || '' },
        { label: t('completeness.onTime'), value: (r) => (r.submitted ? (r.onTime ? t('yes') : t('no')) : '') },
      ],
      rows: answer.rows,
    }, {
      title: t('completeness.byPeriod'),
      columns: [
        { label: t('completeness.period'), value: (r) => r.period },
        { label: t('completeness.expected'), value: (r) => r.expected },
        { label: t('completeness.submitted'), value: (r) => r.submitted },
        { label: t('completeness.onTime'), value: (r) => r.onTime },
        { label: t('completeness.reportingRate'), value: (r) => r.reportingRate },
        { label: t('completeness.onTimeRate'), value: (r) => r.onTimeRate },
      ],
      rows: answer.byPeriod.concat(answer.totals.map((r) => ({ ...r, period: t('total') }))),
    }];
  },
};
