// Joint activities between agencies: GET /coordination?groupBy=pair, drawn as a symmetric agency x agency matrix.
import { get } from '../api.js';
import { draw, wrapWords } from '../charts.js';
import { escapeHtml, number } from '../format.js';
import { knownCodes, label, t } from '../i18n.js';

function agenciesOf(rows) {
  const seen = new Set(rows.flatMap((r) => r.pair.split('|')));
  const known = knownCodes('agency').filter((code) => seen.has(code));
  return known.concat([...seen].filter((code) => !known.includes(code)).sort());
}

export default {
  id: 'coordination',

  async load(query) {
    return get('coordination', { ...query, groupBy: 'pair' });
  },

  render(answer, card) {
    card.querySelector('[data-figure="coordination-total"]').textContent = number(answer.totals.jointActivities);
    const agencies = agenciesOf(answer.rows);
    const names = agencies.map((a) => label('agency', a));
    const cells = [];
    const byCell = new Map();
    answer.rows.forEach((row) => {
      const [a, b] = row.pair.split('|').map((code) => agencies.indexOf(code));
      [[a, b], [b, a]].forEach(([x, y]) => {
        cells.push([x, y, row.jointActivities]);
        byCell.set(`${x}|${y}`, row);
      });
    });
    const max = Math.max(1, ...answer.rows.map((r) => r.jointActivities));
    draw(card.querySelector('[data-chart]'), {
      tooltip: {
        formatter: (p) => {
          const row = byCell.get(`${p.value[0]}|${p.value[1]}`);
          return `${escapeHtml(names[p.value[0]])} – ${escapeHtml(names[p.value[1]])}<br>${t('col.jointActivities')}: <b>${number(row.jointActivities)}</b>`
            + `<br>${t('col.participants')}: <b>${number(row.participants)}</b>`;
        },
      },
      grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: names, splitArea: { show: true }, axisLabel: { interval: 0, lineHeight: 14, formatter: (n) => wrapWords(n, 12) } },
      yAxis: { type: 'category', data: names, splitArea: { show: true }, inverse: true, axisLabel: { lineHeight: 14, formatter: (n) => wrapWords(n, 14) } },
      visualMap: {
        show: false, min: 0, max, inRange: { color: ['#e0f2fe', '#0369a1'] },
      },
      series: [{
        type: 'heatmap',
        data: cells,
        label: { show: true, formatter: (p) => number(p.value[2]), fontSize: 13 },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        emphasis: { itemStyle: { shadowBlur: 6, shadowColor: 'rgba(0,0,0,.3)' } },
      }],
    });
    return answer.rows.length > 0;
  },

  csv(answer) {
    return [{
      columns: [
        { label: t('col.agency'), value: (r) => label('agency', r.pair.split('|')[0]) },
        { label: t('col.agency'), value: (r) => label('agency', r.pair.split('|')[1]) },
        { label: t('coordination.pair'), value: (r) => r.pair },
        { label: t('col.jointActivities'), value: (r) => r.jointActivities },
        { label: t('col.participants'), value: (r) => r.participants },
      ],
      rows: answer.rows,
    }];
  },
};
