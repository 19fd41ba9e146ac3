// Numbers and times the way the reader's language writes them: 342.448 in Vietnamese, 342,448 in English.
import { language } from './i18n.js';

function locale() {
  return language() === 'vi' ? 'vi-VN' : 'en-GB';
}

/** A count, grouped by thousands; a fraction gets at most two decimals. */
export function number(value) {
  if (value === null || value === undefined || Number.isNaN(Number(value))) {
    return '–';
  }
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(Number(value));
}

/** A share (0.9583) as a percentage with at most one decimal: 95,8 % in Vietnamese, 95.8% in English. */
export function percent(share) {
  if (share === null || share === undefined || Number.isNaN(Number(share))) {
    return '–';
  }
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(Number(share));
}

/** A date and time of an answer's asOf (ISO with offset), in Vietnam time. */
export function dateTime(iso) {
  if (!iso) {
    return '–';
  }
  return new Intl.DateTimeFormat(locale(), {
    day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso));
}

/** A calendar day (2024-12-31) as the reader writes it. */
export function day(isoDate) {
  if (!isoDate) {
    return '–';
  }
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
    .format(Date.UTC(y, m - 1, d));
}

/** A quarter key of the answers (2024-Q2) as the reader writes it. */
export function quarter(key) {
  const match = /^(\d{4})-Q([1-4])$/.exec(key || '');
  if (!match) {
    return key;
  }
  return language() === 'vi' ? `Q${match[2]}/${match[1]}` : `Q${match[2]} ${match[1]}`;
}

/** A month key (2024-05) as the reader writes it: 05/2024. */
export function month(key) {
  const match = /^(\d{4})-(\d{2})$/.exec(key || '');
  return match ? `${match[2]}/${match[1]}` : key;
}

/** A period key of the answers, a month (2024-05) or a quarter (2024-Q2), as the reader writes it. */
export function period(key) {
  return /-Q[1-4]$/.test(key || '') ? quarter(key) : month(key);
}

/** Text made safe to place in markup (chart tooltips are HTML). */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  })[c]);
}
