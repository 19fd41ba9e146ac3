// Self-managed models as of the last day of the period: GET /models?asOf. Counts by type and status, and the
// models flagged paper-only (no report for months) or overlapping (several of one type in one place).
import { get } from '../api.js';
import { STATUS_COLOURS, colourOf, draw, valueAxis } from '../charts.js';
import { day, number } from '../format.js';
import { knownCodes, label, t } from '../i18n.js';
import { renderTable } from '../table.js';

/** The last day of the month "2024-12", or today if that is earlier: a date after today would flag everything. */
function asOfFor(toMonth, today = new Date()) {
  const [year, month] = toMonth.split('-').map(Number);
  const last = new Date(Date.UTC(year, month, 0));
  const todayUtc = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  return (last < todayUtc ? last : todayUtc).toISOString().slice(0, 10);
}

function place(row) {
  return [row.communeName, row.districtName].filter(Boolean).join(', ') || row.locality || '–';
}

function paperOnlyColumns() {
  return [
    { key: 'name', label: t('col.name') },
    { key: 'agency', label: t('col.agency'), value: (r) => label('agency', r.agency) },
    { key: 'district', label: t('col.locality'), value: (r) => r.districtName || r.district },
    { key: 'lastReportPeriod', label: t('col.lastReport'), value: (r) => r.lastReportPeriod || t('none') },
    { key: 'monthsWithoutReport', label: t('col.monthsWithoutReport'), numeric: true },
  ];
}

function overlappingColumns() {
  return [
    { key: 'type', label: t('col.type'), value: (r) => label('modelType', r.type) },
    { key: 'locality', label: t('col.locality'), value: place },
    { key: 'agencies', label: t('col.agencies'), value: (r) => r.agencies.map((a) => label('agency', a)).join(', ') },
    { key: 'activeModels', label: t('col.models'), numeric: true },
  ];
}

export default {
  id: 'models',

  async load(query) {
    return get('models', { asOf: asOfFor(query.to), locality: query.locality });
  },

  render(answer, card) {
    card.querySelector('[data-part="as-of"]').textContent = day(answer.asOf);
    card.querySelector('[data-part="paper-only-hint"]').textContent = t('models.paperOnly.hint', { n: answer.paperOnlyMonths });
    card.querySelector('[data-figure="models-paper-only"]').textContent = number(answer.paperOnly.length);
    card.querySelector('[data-figure="models-overlapping"]').textContent = number(answer.overlapping.length);
    const types = answer.byType.slice().sort((a, b) => a.total - b.total);
    const statuses = knownCodes('modelStatus').filter((s) => s in answer.byStatus);
    draw(card.querySelector('[data-chart]'), {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => number(v) },
      legend: { top: 0 },
      grid: { left: 216, right: 16, top: 32, bottom: 24 },
      xAxis: valueAxis({ minInterval: 1 }),
      yAxis: { type: 'category', data: types.map((r) => label('modelType', r.type)), axisLabel: { width: 206, overflow: 'truncate' } },
      series: statuses.map((status, i) => ({
        name: label('modelStatus', status),
        type: 'bar',
        stack: 'status',
        barMaxWidth: 16,
        itemStyle: { color: colourOf(STATUS_COLOURS, status, i) },
        data: types.map((r) => r[status] || null),
      })),
    });
    fill(card.querySelector('[data-table="paper-only"]'), paperOnlyColumns(), answer.paperOnly);
    fill(card.querySelector('[data-table="overlapping"]'), overlappingColumns(), answer.overlapping);
    return answer.byType.length > 0;
  },

  csv(answer) {
    const plain = (columns) => columns.map((c) => ({ label: c.label, value: (r) => (c.value ? c.value(r) : r[c.key]) }));
    return [
      {
        title: t('models.title'),
        columns: [
          { label: t('col.type'), value: (r) => label('modelType', r.type) },
          ...knownCodes('modelStatus').map((s) => ({ label: label('modelStatus', s), value: (r) => r[s] ?? 0 })),
          { label: t('total'), value: (r) => r.total },
        ],
        rows: answer.byType,
      },
      {
        title: t('models.paperOnly'),
        columns: [...plain(paperOnlyColumns()), { label: t('col.modelIds'), value: (r) => r.modelId }],
        rows: answer.paperOnly,
      },
      {
        title: t('models.overlapping'),
        columns: [...plain(overlappingColumns()), { label: t('col.modelIds'), value: (r) => r.modelIds.join(' ') }],
        rows: answer.overlapping,
      },
    ];
  },
};

function fill(table, columns, rows) {
  if (rows.length === 0) {
    table.replaceChildren();
    const cell = table.createTBody().insertRow().insertCell();
    cell.className = 'muted';
    cell.textContent = t('models.none');
    return;
  }
  renderTable(table, columns, rows);
}
