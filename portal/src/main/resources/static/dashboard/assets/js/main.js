// The dashboard: who is signed in (from the portal's session), the period and locality, and the views, each loaded
// from the analytics API through the portal's relay, drawn, and downloadable as CSV. Switching language redraws from
// the answers already loaded.
import { ApiError, get } from './api.js';
import { setPalette } from './charts.js';
import { csvText, download } from './csv.js';
import { dateTime, number } from './format.js';
import { applyTexts, knownCodes, label, language, setLanguage, setVocabulary, t } from './i18n.js';
import * as session from './session.js';
import * as awaiting from './views/awaiting.js';
import awards from './views/awards.js';
import channelKind from './views/channel-kind.js';
import completeness from './views/completeness.js';
import coordination from './views/coordination.js';
import districts from './views/districts.js';
import models from './views/models.js';
import outcomes from './views/outcomes.js';
import skills from './views/skills.js';
import participation, { WOMEN_UNION } from './views/participation.js';
import shortcomings, { Unavailable } from './views/shortcomings.js';

const VIEWS = [participation, channelKind, coordination, districts, models, awards, shortcomings, outcomes, skills, completeness];
const $ = (selector) => document.querySelector(selector);

const state = {
  query: null, data: {}, places: new Map(), freshness: null, asOf: null, person: null, ended: false, awaiting: null,
};

function cardOf(view) {
  return document.querySelector(`[data-view="${view.id}"]`);
}

function showMessage(card, text, kind) {
  const message = card.querySelector('[data-part="message"]');
  message.textContent = text || '';
  message.className = `card-message ${kind || ''}`;
  message.hidden = !text;
}

// ---- the signed-in person ----

/** The portal's session has ended (signed out elsewhere, expired, or the account disabled): say so, offer to sign in. */
function showSessionEnded() {
  state.ended = true;
  VIEWS.forEach((view) => { delete state.data[view.id]; });
  $('#dashboard').hidden = true;
  $('#user').hidden = true;
  $('#sign-out').hidden = true;
  $('#session-ended').hidden = false;
  document.body.dataset.state = 'signed-out';
  $('#sign-in-again').focus();
}

async function enter(person) {
  state.person = person;
  $('#session-ended').hidden = true;
  $('#dashboard').hidden = false;
  $('#user').hidden = false;
  $('#sign-out').hidden = false;
  renderUser();
  fillCompletenessChoices();
  $('#awaiting').hidden = !awaiting.isApprover(person);
  try {
    await loadPlaces();
  } catch (e) {
    if (e instanceof session.SessionEnded) {
      return;
    }
    // Without the list the figures still load, for every locality the person may see.
  }
  await apply();
}

function renderUser() {
  const person = state.person;
  if (!person) {
    return;
  }
  const words = (coded) => (coded ? coded[language()] || coded.code || '' : '');
  $('#user-name').textContent = person.name || person.username || '';
  $('#user-agency').textContent = words(person.agency) || '–';
  $('#user-roles').textContent = (person.roles || []).map(words).join(', ') || '–';
  $('#user-locality').textContent = words(person.locality) || t('user.everywhere');
}

// ---- period and locality ----

/** The localities the user may see, from the answers' own rows (code and name), as province > district > commune. */
async function loadPlaces() {
  const answer = await call(() => get('participation', { groupBy: 'province,district,commune' }));
  const select = $('#filter-locality');
  const chosen = select.value;
  select.querySelectorAll('option:not([value=""])').forEach((option) => option.remove());
  state.places.clear();
  // A person limited to a locality may ask for it and the places within it, never a wider one (the API answers 403):
  // the rows all lie within it, so only their units at the person's level and below are offered.
  const own = state.person && state.person.locality && state.person.locality.code;
  const ownDepth = own ? ({ 2: 0, 3: 1, 5: 2 }[own.length] ?? 0) : 0;
  const add = (code, name, depth) => {
    if (!code || depth < ownDepth || state.places.has(code)) {
      return;
    }
    state.places.set(code, name || code);
    const option = document.createElement('option');
    option.value = code;
    option.textContent = `${'\u00a0\u00a0\u00a0'.repeat(depth)}${name || code} (${code})`;
    select.appendChild(option);
  };
  const sorted = answer.rows.slice().sort((a, b) => [a.province, a.districtName, a.communeName].join('|')
    .localeCompare([b.province, b.districtName, b.communeName].join('|'), 'vi'));
  sorted.forEach((row) => {
    add(row.province, row.provinceName, 0);
    add(row.district, row.districtName, 1);
    add(row.commune, row.communeName, 2);
  });
  select.value = state.places.has(chosen) ? chosen : '';
  // The reporting answer needs a locality: the person's own, else the first province they may see.
  const province = sorted.find((row) => row.province);
  completeness.fallbackLocality = own || (province ? province.province : '');
}

function readFilters() {
  const from = $('#filter-from').value;
  const to = $('#filter-to').value;
  const error = $('#filter-error');
  const bad = !from || !to || from > to;
  error.hidden = !bad;
  error.textContent = bad ? t('filter.badPeriod') : '';
  return bad ? null : { from, to, locality: $('#filter-locality').value };
}

// ---- loading and drawing the views ----

/** Runs an API call; a 401 means the portal's session has ended: say so and offer to sign in again. */
async function call(request) {
  try {
    return await request();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      showSessionEnded();
      throw new session.SessionEnded();
    }
    throw e;
  }
}

async function apply() {
  const query = readFilters();
  if (!query) {
    return;
  }
  state.query = query;
  document.body.dataset.state = 'loading';
  $('#status-line').textContent = t('status.loading');
  fillYears();
  const freshness = call(() => get('freshness')).then((f) => { state.freshness = f; }).catch(() => {});
  await Promise.all([...VIEWS.map((view) => loadView(view)), freshness, countAwaiting()]);
  if (state.ended) {
    return;
  }
  renderSummary();
  document.body.dataset.state = 'ready';
}

async function loadView(view) {
  const card = cardOf(view);
  card.dataset.state = 'loading';
  card.setAttribute('aria-busy', 'true');
  delete state.data[view.id];
  try {
    state.data[view.id] = await call(() => view.load(state.query));
    drawView(view);
  } catch (e) {
    if (e instanceof session.SessionEnded) {
      return;
    }
    card.dataset.state = e instanceof Unavailable ? 'unavailable' : 'error';
    const text = e instanceof Unavailable ? e.message
      : e instanceof ApiError && e.status === 403 ? `${t('error.forbidden')} ${e.message}`
        : `${t('error.failed')}: ${e.message}`;
    showMessage(card, text, card.dataset.state);
  } finally {
    card.removeAttribute('aria-busy');
    card.querySelectorAll('[data-csv]').forEach((button) => { button.disabled = state.data[view.id] === undefined; });
  }
}

function drawView(view) {
  const card = cardOf(view);
  const data = state.data[view.id];
  if (data === undefined) {
    return;
  }
  const filled = view.render(data, card);
  card.dataset.state = filled ? 'ready' : 'empty';
  showMessage(card, filled ? '' : t('empty'), 'empty');
}

/** The headline figures, each taken from the answer of the view it belongs to. */
function renderSummary() {
  const figure = (name, value) => {
    const element = document.querySelector(`.kpis [data-figure="${name}"]`);
    element.textContent = value === undefined ? '–' : number(value);
    element.dataset.value = value === undefined ? '' : String(value);
  };
  const time = state.data.participation && state.data.participation.answer;
  figure('participation-total', time && time.totals.participants);
  figure('activities-total', time && time.totals.activities);
  figure('participation-women-union', time && time.rows.filter((r) => r.agency === WOMEN_UNION)
    .reduce((sum, r) => sum + r.participants, 0));
  figure('awards-conferred', state.data.awards && state.data.awards.totals.conferred);
  figure('models-active', state.data.models && state.data.models.byStatus.ACTIVE);
  figure('shortcomings-total', state.data.shortcomings && state.data.shortcomings.findings.length);
  const parts = [];
  if (time) {
    parts.push(`${t('status.asOf')} ${dateTime(time.asOf)}`);
  }
  if (state.freshness && typeof state.freshness.lag === 'number') {
    parts.push(state.freshness.lag === 0 ? t('status.caughtUp') : `${number(state.freshness.lag)} ${t('status.lag')}`);
  }
  $('#status-line').textContent = parts.join(' · ');
}

// ---- reporting completeness and the reports waiting for the person's approval ----

/** The agencies the person may ask about (every agency for OPS and ADMIN, else their own) and the data sets, in words. */
function fillCompletenessChoices() {
  const card = cardOf(completeness);
  const person = state.person || {};
  const own = person.agency && person.agency.code;
  const everyone = (person.roles || []).some((role) => ['OPS', 'ADMIN'].includes(role.code || role));
  const agencies = everyone && knownCodes('agency').length ? knownCodes('agency') : [own].filter(Boolean);
  const agency = card.querySelector('[data-part="agency"]');
  agency.replaceChildren(...agencies.map((code) => new Option(label('agency', code), code)));
  agency.disabled = agencies.length < 2;
  agency.closest('label').hidden = agencies.length === 0;
  completeness.agency = agencies.includes(completeness.agency) ? completeness.agency : (agencies[0] || null);
  agency.value = completeness.agency || '';
  card.querySelectorAll('[data-part="data-set"] option').forEach((option) => {
    option.textContent = label('dataSet', option.value);
  });
  card.querySelector('[data-part="data-set"]').value = completeness.dataSet;
}

/** The years of the period chosen above; the grid shows one of them, the last unless another is chosen. */
function fillYears() {
  const select = cardOf(completeness).querySelector('[data-part="year"]');
  const first = Number(state.query.from.slice(0, 4));
  const last = Number(state.query.to.slice(0, 4));
  const years = [];
  for (let year = last; year >= first; year -= 1) {
    years.push(String(year));
  }
  select.replaceChildren(...years.map((year) => new Option(year, year)));
  completeness.year = years.includes(completeness.year) ? completeness.year : years[0];
  select.value = completeness.year;
}

async function countAwaiting() {
  if (!awaiting.isApprover(state.person)) {
    return;
  }
  const figure = $('[data-figure="awaiting-approval"]');
  try {
    const n = await call(() => awaiting.count());
    figure.textContent = number(n);
    figure.dataset.value = String(n);
  } catch (e) {
    figure.textContent = '–';
    figure.dataset.value = '';
  }
}

async function showAwaiting() {
  const card = $('#view-awaiting');
  card.hidden = false;
  card.setAttribute('aria-busy', 'true');
  try {
    state.awaiting = await call(() => awaiting.list());
    drawAwaiting();
  } catch (e) {
    if (e instanceof session.SessionEnded) {
      return;
    }
    showMessage(card, `${t('error.failed')}: ${e.message}`, 'error');
  } finally {
    card.removeAttribute('aria-busy');
  }
  card.focus();
}

function drawAwaiting() {
  const card = $('#view-awaiting');
  if (state.awaiting === null) {
    return;
  }
  awaiting.render(state.awaiting, card.querySelector('[data-table="awaiting"]'));
  showMessage(card, state.awaiting.length === 0 ? t('awaiting.none') : '', 'empty');
}

function redrawAll() {
  applyTexts();
  renderUser();
  fillCompletenessChoices();
  drawAwaiting();
  VIEWS.forEach(drawView);
  if (document.body.dataset.state === 'ready') {
    renderSummary();
  }
  if (!$('#filter-error').hidden) {
    readFilters();
  }
}

function downloadCsv(viewId) {
  const view = VIEWS.find((v) => v.id === viewId);
  const data = state.data[viewId];
  if (!view || data === undefined) {
    return;
  }
  const q = state.query;
  const name = ['antq', viewId, q.from, q.to, q.locality].filter(Boolean).join('_');
  download(`${name}.csv`, csvText(view.csv(data)));
}

// ---- wiring ----

function wire() {
  $('#lang-switch').addEventListener('click', async () => {
    const next = language() === 'vi' ? 'en' : 'vi';
    try {
      // The portal remembers the choice (its home page and messages follow it); then the page redraws.
      state.person = await session.current(next);
    } catch (e) {
      if (e instanceof session.SessionEnded) {
        showSessionEnded();
        return;
      }
    }
    setLanguage(next);
    redrawAll();
  });
  $('#sign-in-again').addEventListener('click', () => session.signInAgain());
  $('#sign-out').addEventListener('click', () => session.signOut(state.person));
  $('#filters').addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  document.querySelectorAll('[data-grain]').forEach((button) => button.addEventListener('click', async () => {
    participation.grain = button.dataset.grain;
    document.querySelectorAll('[data-grain]').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
    await loadView(participation);
    renderSummary();
  }));
  cardOf(channelKind).querySelector('[data-part="metric"]').addEventListener('change', (event) => {
    channelKind.metric = event.target.value;
    drawView(channelKind);
  });
  cardOf(channelKind).querySelector('[data-part="metric"]').value = channelKind.metric;
  const completenessCard = cardOf(completeness);
  [['agency', 'agency'], ['data-set', 'dataSet'], ['year', 'year']].forEach(([part, setting]) => {
    completenessCard.querySelector(`[data-part="${part}"]`).addEventListener('change', (event) => {
      completeness[setting] = event.target.value;
      loadView(completeness);
    });
  });
  $('#awaiting').addEventListener('click', (event) => {
    event.preventDefault();
    showAwaiting();
  });
  document.querySelectorAll('[data-csv]').forEach((button) => button.addEventListener('click', () => downloadCsv(button.dataset.csv)));
}

async function start() {
  applyTexts();
  wire();
  let person;
  try {
    person = await session.current();
  } catch {
    showSessionEnded();
    return;
  }
  try {
    const catalogue = await session.vocabulary();
    setVocabulary(catalogue.labels);
    setPalette(catalogue.colours);
  } catch (e) {
    if (e instanceof session.SessionEnded) {
      showSessionEnded();
      return;
    }
    // Without the catalogue the figures still show, under their codes; the next load tries again.
    setPalette({});
  }
  setLanguage(person.language);
  applyTexts();
  await enter(person);
}

start();
