// Awards conferred by agency and form: GET /awards?groupBy=agency,form (whole years of the period).
import { get } from '../api.js';
import { FORM_COLOURS, colourOf, draw, valueAxis, wrapWords } from '../charts.js';
import { number } from '../format.js';
import { knownCodes, label, t } from '../i18n.js';
import { agenciesOf } from './participation.js';

const STATUSES = ['nominated', 'approved', 'rejected', 'conferred', 'revoked'];

export default {
  id: 'awards',

  async load(query) {
    return get('awards', { ...query, groupBy: 'agency,form' });
  },

  render(answer, card) {
    const rows = answer.rows.filter((r) => r.conferred > 0);
    const agencies = agenciesOf(rows);
    const present = new Set(rows.map((r) => r.form));
    const forms = knownCodes('form').filter((f) => present.has(f))
      .concat([...present].filter((f) => !knownCodes('form').includes(f)));
    draw(card.querySelector('[data-chart]'), {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => number(v) },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: agencies.map((a) => label('agency', a)), axisLabel: { interval: 0, lineHeight: 14, formatter: (n) => wrapWords(n, 14) } },
      yAxis: valueAxis({ minInterval: 1 }),
      series: forms.map((form, i) => ({
        name: label('form', form),
        type: 'bar',
        stack: 'form',
        barMaxWidth: 56,
        itemStyle: { color: colourOf(FORM_COLOURS, form, i) },
        label: { show: true, formatter: (p) => (p.value ? number(p.value) : '') },
        data: agencies.map((agency) => {
          const row = rows.find((r) => r.agency === agency && r.form === form);
          return row ? row.conferred : null;
        }),
      })),
    });
    return rows.length > 0;
  },

  csv(answer) {
    return [{
      columns: [
        { label: t('col.agency'), value: (r) => label('agency', r.agency) },
        { label: t('col.form'), value: (r) => label('form', r.form) },
        ...STATUSES.map((s) => ({ label: label('figure', s), value: (r) => r[s] })),
      ],
      rows: answer.rows,
    }];
  },
};
