// Security outcomes beside outreach: GET /outcomes?groupBy=year for the locality chosen above. Bars: the incidents
// the police recorded (crime, social evils, security incidents) per year; line: participations in outreach per 1,000
// residents of the same place and year. A commune's figures are the police's and OPS's: for anyone else analytics
// answers 403, and the view says so in the API's words instead of failing.
import { ApiError, get } from '../api.js';
import { colourOf, draw, valueAxis } from '../charts.js';
import { number } from '../format.js';
import { label, t } from '../i18n.js';
import { renderTable } from '../table.js';
import { Unavailable } from './shortcomings.js';

const INCIDENTS = ['crimes', 'socialEvils', 'securityIncidents'];
const RESULTS = ['crimeReports', 'offendersReintegrated', 'disputesMediated'];
const INCIDENT_COLOURS = { crimes: '#b91c1c', socialEvils: '#c2410c', securityIncidents: '#7e22ce' };
const OUTREACH_COLOUR = '#0369a1';

const perThousand = (row) => (row.outreach ? row.outreach.participationsPerThousandResidents ?? null : null);

function columns() {
  return [
    { key: 'year', label: t('col.year'), rowHeader: true },
    ...INCIDENTS.concat(RESULTS).map((key) => ({ key, label: label('figure', key), numeric: true })),
    { key: 'participants', label: t('col.participants'), numeric: true, value: (r) => r.outreach.participants },
    { key: 'perThousand', label: label('figure', 'participationsPerThousandResidents'), numeric: true, value: perThousand },
  ];
}

/** The name of the place chosen above, as the filter shows it, or the reader's whole scope. */
function placeName(locality) {
  const option = locality && document.querySelector(`#filter-locality option[value="${locality}"]`);
  return option ? option.textContent.trim() : t('filter.allLocalities');
}

export default {
  id: 'outcomes',

  async load(query) {
    try {
      return { locality: query.locality, answer: await get('outcomes', { ...query, groupBy: 'year' }) };
    } catch (e) {
      if (e instanceof ApiError && e.status === 403) {
        throw new Unavailable(e.message);
      }
      throw e;
    }
  },

  render({ locality, answer }, card) {
    const rows = answer.rows.filter((r) => r.outcomeRecords > 0 || r.outreach.participants > 0)
      .sort((a, b) => a.year - b.year);
    card.querySelector('[data-part="place"]').textContent = placeName(locality);
    const years = rows.map((r) => String(r.year));
    draw(card.querySelector('[data-chart]'), {
      tooltip: { trigger: 'axis', valueFormatter: (v) => number(v) },
      // One line of legend that scrolls on a phone, rather than lines that run into the chart.
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: years },
      // The axes are unnamed: the legend names the bars and the line, and a name would not fit beside them on a phone.
      yAxis: [valueAxis(), valueAxis({ splitLine: { show: false } })],
      series: [
        ...INCIDENTS.map((key, i) => ({
          name: label('figure', key),
          type: 'bar',
          stack: 'incidents',
          barMaxWidth: 36,
          itemStyle: { color: colourOf(INCIDENT_COLOURS, key, i) },
          data: rows.map((r) => r[key]),
        })),
        {
          name: label('figure', 'participationsPerThousandResidents'),
          type: 'line',
          yAxisIndex: 1,
          symbolSize: 7,
          itemStyle: { color: OUTREACH_COLOUR },
          data: rows.map(perThousand),
        },
      ],
    });
    const footer = { year: t('total') };
    INCIDENTS.concat(RESULTS).forEach((key) => { footer[key] = number(answer.totals[key]); });
    footer.participants = number(answer.outreach.participants);
    const table = card.querySelector('[data-table="outcomes"]');
    renderTable(table, columns(), rows, { footer, sort: { key: 'year', direction: 'ascending' } });
    table.dataset.rows = String(rows.length);
    return rows.some((r) => r.outcomeRecords > 0);
  },

  csv({ answer }) {
    return [{
      columns: columns().map((c) => ({ label: c.label, value: (r) => (c.value ? c.value(r) : r[c.key]) })),
      rows: answer.rows,
    }];
  },
};
