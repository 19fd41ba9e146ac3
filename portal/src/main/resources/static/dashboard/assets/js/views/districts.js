// Participation per district: GET /participation?groupBy=district, a table that sorts by any column.
import { get } from '../api.js';
import { number } from '../format.js';
import { t } from '../i18n.js';
import { renderTable } from '../table.js';

const MEASURES = ['activities', 'participants', 'women', 'ethnicMinority', 'reach', 'copies'];

function perActivity(row) {
  // participants * 10 is exact, so a half rounds up exactly as it would by hand.
  return row.activities ? Math.round((row.participants * 10) / row.activities) / 10 : null;
}

function columns() {
  return [
    { key: 'districtName', label: t('col.district'), value: (r) => r.districtName || r.district || t('col.provinceLevel') },
    { key: 'district', label: t('col.code') },
    ...MEASURES.map((key) => ({ key, label: t(`col.${key}`), numeric: true })),
    { key: 'perActivity', label: t('col.perActivity'), numeric: true, value: perActivity },
  ];
}

export default {
  id: 'districts',

  async load(query) {
    return get('participation', { ...query, groupBy: 'district' });
  },

  render(answer, card) {
    const footer = { districtName: `${t('total')} (${answer.rows.length})`, district: '' };
    MEASURES.forEach((key) => { footer[key] = number(answer.totals[key]); });
    footer.perActivity = number(perActivity(answer.totals));
    const table = card.querySelector('[data-table="districts"]');
    renderTable(table, columns(), answer.rows,
      { footer, sort: { key: 'participants', direction: 'descending' } });
    table.dataset.rows = String(answer.rows.length);
    return answer.rows.length > 0;
  },

  csv(answer) {
    return [{ columns: columns().map((c) => ({ label: c.label, value: (r) => (c.value ? c.value(r) : r[c.key]) })), rows: answer.rows }];
  },
};
