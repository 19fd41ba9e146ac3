// Shortcomings the platform finds itself: GET /shortcomings. A server without that answer (404) shows the view
// as not available instead of breaking the page.
import { ApiError, get } from '../api.js';
import { number } from '../format.js';
import { knownCodes, label, language, t } from '../i18n.js';
import { renderTable } from '../table.js';

const SEVERITY_ORDER = { HIGH: 0, MEDIUM: 1, LOW: 2 };

export class Unavailable extends Error {}

/** What a finding is about, in the reader's language where the answer gives codes. */
function subjectText(subject) {
  if (!subject) {
    return '–';
  }
  const where = (what) => [what, subject.localityName].filter(Boolean).join(', ');
  switch (subject.type) {
    case 'AGENCY_PAIR':
      return where((subject.agencies || String(subject.code).split('|')).map((a) => label('agency', a)).join(' – '));
    case 'AGENCY_LOCALITY':
      return where(label('agency', subject.agency));
    case 'MODEL_PAIR':
      return where(label('modelType', subject.modelType));
    default: {
      const code = subject.code ? String(subject.code) : '';
      const name = subject.name || code || '–';
      return /^\d{2,5}$/.test(code) && name !== code ? `${name} (${code})` : name;
    }
  }
}

function evidenceLines(evidence) {
  return Object.entries(evidence || {})
    .map(([key, value]) => `${label('figure', key)}: ${typeof value === 'number' ? number(value) : value}`);
}

function explanation(finding) {
  const text = finding.explanation || {};
  return text[language()] || text.vi || text.en || '';
}

function columns() {
  return [
    {
      key: 'severity', label: t('col.severity'), value: (r) => SEVERITY_ORDER[r.severity] ?? 9,
      render: (td, r) => {
        const badge = document.createElement('span');
        badge.className = `badge severity-${String(r.severity).toLowerCase()}`;
        badge.textContent = label('severity', r.severity);
        td.appendChild(badge);
      },
    },
    { key: 'kind', label: t('col.findingKind'), value: (r) => label('findingKind', r.kind) },
    { key: 'subject', label: t('col.subject'), value: (r) => subjectText(r.subject) },
    {
      key: 'evidence', label: t('col.evidence'), sortable: false,
      render: (td, r) => {
        td.className = 'evidence';
        evidenceLines(r.evidence).forEach((line) => {
          const div = document.createElement('div');
          div.textContent = line;
          td.appendChild(div);
        });
      },
    },
    { key: 'explanation', label: t('col.explanation'), value: explanation, sortable: false },
  ];
}

export default {
  id: 'shortcomings',

  async load(query) {
    try {
      return await get('shortcomings', query);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) {
        throw new Unavailable(t('shortcomings.unavailable'));
      }
      throw e;
    }
  },

  render(answer, card) {
    const counts = card.querySelector('[data-part="counts"]');
    counts.replaceChildren();
    const kinds = knownCodes('findingKind').concat(Object.keys(answer.counts || {}).filter((k) => !knownCodes('findingKind').includes(k)));
    kinds.forEach((kind) => {
      const chip = document.createElement('span');
      const n = (answer.counts || {})[kind] ?? answer.findings.filter((f) => f.kind === kind).length;
      chip.className = n > 0 ? 'chip on' : 'chip';
      chip.dataset.kind = kind;
      chip.textContent = `${label('findingKind', kind)}: ${number(n)}`;
      counts.appendChild(chip);
    });
    renderThresholds(card.querySelector('[data-part="thresholds"]'), answer.thresholds || {});
    const table = card.querySelector('[data-table="findings"]');
    if (answer.findings.length === 0) {
      table.replaceChildren();
      const cell = table.createTBody().insertRow().insertCell();
      cell.className = 'muted';
      cell.textContent = t('shortcomings.none');
    } else {
      renderTable(table, columns(), answer.findings, { sort: { key: 'severity', direction: 'ascending' } });
    }
    return true;
  },

  csv(answer) {
    return [{
      columns: [
        { label: t('col.severity'), value: (r) => label('severity', r.severity) },
        { label: t('col.findingKind'), value: (r) => label('findingKind', r.kind) },
        { label: t('col.subject'), value: (r) => subjectText(r.subject) },
        { label: t('col.code'), value: (r) => (r.subject ? r.subject.code : '') },
        { label: t('col.evidence'), value: (r) => evidenceLines(r.evidence).join('; ') },
        { label: t('col.explanation'), value: explanation },
      ],
      rows: answer.findings,
    }];
  },
};

/** The thresholds the server applied, as it echoes them, per kind. */
function renderThresholds(details, thresholds) {
  details.hidden = Object.keys(thresholds).length === 0;
  const list = details.querySelector('dl');
  list.replaceChildren();
  Object.entries(thresholds).forEach(([kind, values]) => {
    const term = document.createElement('dt');
    term.textContent = label('findingKind', kind);
    const description = document.createElement('dd');
    description.textContent = typeof values === 'object' && values !== null
      ? Object.entries(values).map(([name, value]) => `${name} = ${typeof value === 'number' ? number(value) : value}`).join('; ')
      : String(values);
    list.append(term, description);
  });
}
