// The units' reports waiting for the signed-in approver's decision: GET /periods?awaiting=true on both recording
// services (activities on event-service, models' reports on model-service), counted by the pages' totalItems and
// listed, oldest submission first, when the person asks.
import { getFrom } from '../api.js';
import { dateTime, period } from '../format.js';
import { label, t } from '../i18n.js';
import { renderTable } from '../table.js';

const SERVICES = ['events', 'models'];
const MOST = 200;

export function isApprover(person) {
  return ((person && person.roles) || []).some((role) => (role.code || role) === 'APPROVER');
}

/** How many reports wait for the person, over both services. */
export async function count() {
  const pages = await Promise.all(SERVICES.map((service) => getFrom(service, 'v1/periods', { awaiting: true, size: 1 })));
  return pages.reduce((sum, page) => sum + (Number(page.totalItems) || 0), 0);
}

/** The waiting reports of both services (at most 200 of each). */
export async function list() {
  const pages = await Promise.all(SERVICES.map((service) => getFrom(service, 'v1/periods', { awaiting: true, size: MOST })));
  return pages.flatMap((page) => page.items || [])
    .sort((a, b) => String(a.submittedAt).localeCompare(String(b.submittedAt)));
}

function columns() {
  return [
    { key: 'dataSet', label: t('awaiting.dataSet'), value: (r) => label('dataSet', r.dataSet) },
    { key: 'agency', label: t('col.agency'), value: (r) => label('agency', r.agency) },
    { key: 'unitName', label: t('completeness.unit'), value: (r) => r.unitName || r.unit },
    { key: 'period', label: t('completeness.period'), value: (r) => r.period, text: (r) => period(r.period) },
    { key: 'records', label: t('awaiting.records'), numeric: true },
    { key: 'submittedBy', label: t('awaiting.submittedBy') },
    { key: 'submittedAt', label: t('awaiting.submittedAt'), value: (r) => r.submittedAt, text: (r) => dateTime(r.submittedAt) },
  ];
}

export function render(items, table) {
  renderTable(table, columns(), items, { sort: { key: 'submittedAt', direction: 'ascending' } });
  table.dataset.rows = String(items.length);
}
