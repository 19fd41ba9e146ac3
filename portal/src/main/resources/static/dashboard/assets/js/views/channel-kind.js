// Outreach by channel and kind: GET /participation?groupBy=channel,kind. One bar per kind, coloured by its
// channel; the measure is chosen in the card (broadcast and online kinds reach people but gather none).
import { get } from '../api.js';
import { CHANNEL_COLOURS, colourOf, draw, valueAxis } from '../charts.js';
import { number } from '../format.js';
import { knownCodes, label, t } from '../i18n.js';

export default {
  id: 'channel-kind',
  metric: 'activities',

  async load(query) {
    return get('participation', { ...query, groupBy: 'channel,kind' });
  },

  render(answer, card) {
    const metric = this.metric;
    const rows = answer.rows.filter((r) => r[metric] > 0);
    const kinds = [...new Set(rows.map((r) => r.kind))]
      .map((kind) => ({ kind, total: rows.filter((r) => r.kind === kind).reduce((s, r) => s + r[metric], 0) }))
      .sort((a, b) => a.total - b.total)
      .map((k) => k.kind);
    const present = new Set(rows.map((r) => r.channel));
    const channels = knownCodes('channel').filter((c) => present.has(c))
      .concat([...present].filter((c) => !knownCodes('channel').includes(c)));
    const series = channels.map((channel, i) => ({
      name: label('channel', channel),
      type: 'bar',
      stack: 'kind',
      barMaxWidth: 18,
      itemStyle: { color: colourOf(CHANNEL_COLOURS, channel, i) },
      label: { show: true, position: 'right', formatter: (p) => (p.value ? number(p.value) : ''), fontSize: 11 },
      data: kinds.map((kind) => {
        const row = rows.find((r) => r.kind === kind && r.channel === channel);
        return row ? row[metric] : null;
      }),
    }));
    draw(card.querySelector('[data-chart]'), {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => number(v) },
      legend: { top: 0 },
      // A fixed margin for the kinds' names: ECharts measures truncated labels by their full length.
      grid: { left: 176, right: 56, top: 32, bottom: 24 },
      xAxis: valueAxis(),
      yAxis: { type: 'category', data: kinds.map((k) => label('kind', k)), axisLabel: { width: 166, overflow: 'truncate' } },
      series,
    });
    return rows.length > 0;
  },

  csv(answer) {
    return [{
      columns: [
        { label: t('col.channel'), value: (r) => label('channel', r.channel) },
        { label: t('col.kind'), value: (r) => label('kind', r.kind) },
        ...['activities', 'participants', 'women', 'ethnicMinority', 'reach', 'copies']
          .map((key) => ({ label: t(`col.${key}`), value: (r) => r[key] })),
      ],
      rows: answer.rows,
    }];
  },
};
