// Participations over time by agency: GET /participation?groupBy=agency,year (or quarter). Bars per year, lines
// per quarter, one series per agency; the totals feed the headline figures.
import { get } from '../api.js';
import { AGENCY_COLOURS, colourOf, draw, valueAxis } from '../charts.js';
import { number, quarter } from '../format.js';
import { knownCodes, label, t } from '../i18n.js';

export const WOMEN_UNION = 'WOMEN_UNION';

export function agenciesOf(rows) {
  const seen = new Set(rows.map((r) => r.agency));
  const known = knownCodes('agency').filter((code) => seen.has(code));
  return known.concat([...seen].filter((code) => !known.includes(code)).sort());
}

export default {
  id: 'participation',
  grain: 'year',

  async load(query) {
    const grain = this.grain;
    const answer = await get('participation', { ...query, groupBy: `agency,${grain}` });
    return { grain, answer };
  },

  render({ grain, answer }, card) {
    const rows = answer.rows;
    const periods = [...new Set(rows.map((r) => r[grain]))].sort();
    const agencies = agenciesOf(rows);
    const periodName = (p) => (grain === 'quarter' ? quarter(p) : String(p));
    const series = agencies.map((agency, i) => {
      const byPeriod = new Map(rows.filter((r) => r.agency === agency).map((r) => [r[grain], r.participants]));
      return {
        name: label('agency', agency),
        type: grain === 'quarter' ? 'line' : 'bar',
        symbolSize: 5,
        barMaxWidth: 28,
        itemStyle: { color: colourOf(AGENCY_COLOURS, agency, i) },
        data: periods.map((p) => byPeriod.get(p) ?? 0),
      };
    });
    draw(card.querySelector('[data-chart]'), {
      tooltip: { trigger: 'axis', valueFormatter: (v) => number(v) },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: periods.map(periodName), axisLabel: { hideOverlap: true } },
      yAxis: valueAxis(),
      series,
    });
    return rows.length > 0;
  },

  csv({ grain, answer }) {
    return [{
      columns: [
        { label: t('col.agency'), value: (r) => label('agency', r.agency) },
        { label: t('col.code'), value: (r) => r.agency },
        { label: t(grain === 'quarter' ? 'col.quarter' : 'col.year'), value: (r) => r[grain] },
        ...['activities', 'participants', 'women', 'ethnicMinority', 'reach', 'copies']
          .map((key) => ({ label: t(`col.${key}`), value: (r) => r[key] })),
      ],
      rows: answer.rows,
    }];
  },
};
