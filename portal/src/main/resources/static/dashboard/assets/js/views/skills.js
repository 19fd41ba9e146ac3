// Digital skills and official materials per commune (the article's point 6): GET /trainings?groupBy=commune (staff
// trained in the period, online activities) beside GET /materials?groupBy=commune (current official materials received,
// materials used, the residents' languages no current material is in). Sorted so that the communes with the least
// come first.
import { get } from '../api.js';
import { number } from '../format.js';
import { label, t } from '../i18n.js';
import { renderTable } from '../table.js';

const MEASURES = ['trainedStaff', 'onlineActivities', 'currentMaterials', 'materialsUsed'];

const missing = (row) => (row.missingLanguages || []).map((code) => label('language', code)).join(', ');

function columns() {
  return [
    { key: 'communeName', label: t('col.commune'), rowHeader: true, value: (r) => r.communeName || r.commune },
    { key: 'districtName', label: t('col.district'), value: (r) => r.districtName || r.district || '' },
    ...MEASURES.map((key) => ({ key, label: label('figure', key), numeric: true })),
    { key: 'missingLanguages', label: label('figure', 'missingLanguages'), value: missing },
  ];
}

/** One row per commune of either answer, the two joined by its code; a side without the commune counts zero. */
function join(trainings, materials) {
  const rows = new Map();
  const row = (source) => {
    if (!rows.has(source.commune)) {
      rows.set(source.commune, { commune: source.commune, communeName: source.communeName, district: source.district,
        districtName: source.districtName, trainedStaff: 0, onlineActivities: 0, currentMaterials: 0, materialsUsed: 0,
        missingLanguages: [] });
    }
    return rows.get(source.commune);
  };
  trainings.rows.filter((r) => r.commune).forEach((r) => {
    Object.assign(row(r), { trainedStaff: r.trainedStaff, onlineActivities: r.onlineActivities });
  });
  materials.rows.filter((r) => r.commune).forEach((r) => {
    Object.assign(row(r), { currentMaterials: r.currentMaterials, materialsUsed: r.materialsUsed,
      missingLanguages: r.missingLanguages });
  });
  return [...rows.values()];
}

export default {
  id: 'skills',

  async load(query) {
    const [trainings, materials] = await Promise.all([
      get('trainings', { ...query, groupBy: 'district,commune' }),
      get('materials', { agency: query.agency, locality: query.locality, groupBy: 'district,commune' }),
    ]);
    return join(trainings, materials);
  },

  render(rows, card) {
    const footer = { communeName: `${t('total')} (${rows.length})`, districtName: '', missingLanguages: '' };
    ['trainedStaff', 'onlineActivities'].forEach((key) => {
      footer[key] = number(rows.reduce((sum, r) => sum + r[key], 0));
    });
    footer.currentMaterials = '';
    footer.materialsUsed = '';
    const table = card.querySelector('[data-table="skills"]');
    renderTable(table, columns(), rows, { footer, sort: { key: 'trainedStaff', direction: 'ascending' } });
    table.dataset.rows = String(rows.length);
    return rows.length > 0;
  },

  csv(rows) {
    return [{ columns: columns().map((c) => ({ label: c.label, value: (r) => (c.value ? c.value(r) : r[c.key]) })), rows }];
  },
};
