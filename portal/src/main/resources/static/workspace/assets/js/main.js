// The workspace: record an outreach activity (saved to the outbox on this device, then sent), the outbox with what
// waits or was refused and why, and the unit's activities. Shares the dashboard's words, session and API modules.
import { getFrom } from '../../../dashboard/assets/js/api.js';
import {
  addTexts, applyTexts, knownCodes, label, language, setLanguage, setVocabulary, t,
} from '../../../dashboard/assets/js/i18n.js';
import * as session from '../../../dashboard/assets/js/session.js';
import * as awards from './awards.js';
import {
  button, clearErrors as clearFormErrors, fieldError as formFieldError, formError, option, request, showProblem as
    showFormProblem, words,
} from './forms.js';
import * as importing from './import.js';
import * as models from './models.js';
import * as outbox from './outbox.js';
import TEXTS from './texts.js';

addTexts(TEXTS);

const $ = (selector) => document.querySelector(selector);
const NUMBERS = ['participants', 'women', 'ethnicMinority', 'reach', 'copies'];
const LEVELS = { commune: 'COMMUNE', district: 'DISTRICT', province: 'PROVINCE' };
const PAGE_SIZE = 10;
const RETRY_EVERY = 30000;

const state = { person: null, editing: null, page: 0, pages: 1, signedOut: false };
const VIEWS = ['activities', 'models', 'awards'];

/**
 * What the outbox holds, by kind: where an item is sent (a relay path), how it is named in the list, and how a refused
 * one is opened to be corrected. The models' and awards' modules add theirs.
 */
const kinds = {
  activity: {
    path: () => 'events/v1/activities',
    describe: (item) => `${item.body.title} · ${item.body.startDate} · ${label('kind', item.body.kind)}`,
    edit: (item) => { showView('activities'); edit(item); },
  },
};
const synced = [];

// ---- the form ----

function fillChoices() {
  const kind = $('#f-kind');
  const kindValue = kind.value;
  kind.replaceChildren(...knownCodes('kind').map((code) => option(code, label('kind', code))));
  if (kindValue) {
    kind.value = kindValue;
  }
  const channel = $('#f-channel');
  const channelValue = channel.value;
  channel.replaceChildren(option('', t('field.none')),
    ...knownCodes('channel').map((code) => option(code, label('channel', code))));
  channel.value = channelValue;
  const checked = new Set(partners());
  const own = state.person && state.person.agency ? state.person.agency.code : null;
  $('#f-partners').replaceChildren(...knownCodes('agency').filter((code) => code !== own).map((code) => {
    const box = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = 'partnerAgencies';
    input.value = code;
    input.checked = checked.has(code);
    box.append(input, label('agency', code));
    return box;
  }));
  const place = placeOf(state.person);
  const locality = $('#f-locality');
  locality.replaceChildren(...(place ? [option(place.code, words(state.person.locality))] : []));
  $('#place-note').textContent = place ? t('form.placeNote') : t('form.noPlace');
  $('#save').disabled = !place;
}

function partners() {
  return [...document.querySelectorAll('#f-partners input:checked')].map((box) => box.value);
}

/** The person's own unit: the most specific code of their locality, its level, and its parents' codes. */
function placeOf(person) {
  const place = person && person.place;
  if (!place || !place.province) {
    return null;
  }
  const level = place.commune ? 'commune' : place.district ? 'district' : 'province';
  return { code: place[level], level: LEVELS[level], province: place.province, district: place.district || null,
    commune: place.commune || null };
}

const activityForm = () => $('#activity-form');

function clearErrors() {
  clearFormErrors(activityForm());
}

function fieldError(field, message) {
  return formFieldError(activityForm(), field, message);
}

function showProblem(problem) {
  showFormProblem(activityForm(), problem);
}

function readForm() {
  const value = (name) => $(`#f-${name}`).value.trim();
  const place = placeOf(state.person);
  const body = {
    agency: state.person.agency.code,
    partnerAgencies: partners(),
    level: place.level,
    locality: { province: place.province, district: place.district, commune: place.commune },
    kind: value('kind'),
    channel: value('channel') || null,
    topics: value('topics') ? value('topics').split(',').map((topic) => topic.trim()).filter(Boolean) : [],
    title: value('title'),
    startDate: value('startDate'),
    endDate: value('endDate') || null,
  };
  NUMBERS.forEach((name) => { body[name] = value(name) === '' ? null : Number(value(name)); });
  return body;
}

/** What the form can tell without the service: required fields and whole numbers. The service checks the rest. */
function checkForm(body) {
  let fine = true;
  ['title', 'kind', 'startDate'].filter((name) => !body[name]).forEach((name) => {
    fine = fieldError(name, t('form.required')) && false;
  });
  NUMBERS.filter((name) => body[name] !== null && !(Number.isInteger(body[name]) && body[name] >= 0)).forEach((name) => {
    fine = fieldError(name, t('form.wholeNumber')) && false;
  });
  return fine;
}

function writeForm(body) {
  ['title', 'kind', 'startDate'].forEach((name) => { $(`#f-${name}`).value = body[name] || ''; });
  $('#f-channel').value = body.channel || '';
  $('#f-endDate').value = body.endDate || '';
  $('#f-topics').value = (body.topics || []).join(', ');
  NUMBERS.forEach((name) => { $(`#f-${name}`).value = body[name] === null || body[name] === undefined ? '' : body[name]; });
  const chosen = new Set(body.partnerAgencies || []);
  document.querySelectorAll('#f-partners input').forEach((box) => { box.checked = chosen.has(box.value); });
}

async function save(event) {
  event.preventDefault();
  clearErrors();
  const body = readForm();
  if (!checkForm(body)) {
    formError(activityForm(), t('form.fix'));
    return;
  }
  let seq;
  if (state.editing) {
    // A corrected record is a new request: the refused one created nothing, so it gets a new key.
    const item = await outbox.get(state.editing);
    seq = state.editing;
    await outbox.put({ ...item, body, key: crypto.randomUUID(), state: 'pending', problem: null });
  } else {
    seq = await outbox.add('activity', body);
  }
  stopEditing();
  ['title', 'topics', 'endDate', ...NUMBERS].forEach((name) => { $(`#f-${name}`).value = ''; });
  $('#form-status').textContent = t('form.saved');
  await renderOutbox();
  await syncNow();
  const after = await outbox.get(seq);
  if (after && after.state === 'refused') {
    edit(after);
  }
}

function edit(item) {
  state.editing = item.seq;
  writeForm(item.body);
  $('#cancel-edit').hidden = false;
  $('#form-status').textContent = t('form.editing');
  if (item.problem) {
    showProblem(item.problem);
  }
  $('#f-title').focus();
}

function stopEditing() {
  state.editing = null;
  $('#cancel-edit').hidden = true;
  $('#form-status').textContent = '';
  clearErrors();
}

// ---- the outbox ----

async function renderOutbox() {
  const items = await outbox.items();
  $('#pending-count').textContent = String(items.length);
  const list = $('#outbox-list');
  if (!items.length) {
    const empty = document.createElement('li');
    empty.className = 'muted';
    empty.textContent = t('outbox.empty');
    list.replaceChildren(empty);
    return;
  }
  list.replaceChildren(...items.map((item) => {
    const entry = document.createElement('li');
    entry.dataset.state = item.state;
    entry.dataset.key = item.key;
    const head = document.createElement('div');
    const title = document.createElement('b');
    const kind = kinds[item.kind] || kinds.activity;
    title.textContent = kind.describe(item);
    head.append(title, ' · ', item.state === 'refused' ? t('outbox.refused') : t('outbox.waiting'));
    entry.append(head);
    if (item.state === 'refused' && item.problem) {
      const reason = document.createElement('p');
      reason.className = 'reason';
      reason.dataset.part = 'reason';
      reason.textContent = item.problem.detail || item.problem.title || `HTTP ${item.problem.status}`;
      const actions = document.createElement('div');
      actions.className = 'actions';
      actions.append(button(t('outbox.edit'), () => (kinds[item.kind] || kinds.activity).edit(item)),
        button(t('outbox.retry'), async () => {
          await outbox.put({ ...item, state: 'pending', problem: null });
          await syncNow();
        }),
        button(t('outbox.discard'), async () => {
          if (window.confirm(t('outbox.discard.confirm'))) {
            await outbox.remove(item.seq);
            if (state.editing === item.seq) {
              stopEditing();
            }
            await renderOutbox();
          }
        }));
      entry.append(reason, actions);
    }
    return entry;
  }));
}

/** POSTs one item through the relay with its key, to where its kind goes; a network failure throws. */
async function send(item) {
  const answer = await request(state.person, 'POST', (kinds[item.kind] || kinds.activity).path(item), item.body,
    { 'Idempotency-Key': item.key });
  return { status: answer.status, problem: answer.problem || { status: answer.status } };
}

let syncing = null;

async function syncNow() {
  if (!syncing) {
    syncing = runSync().finally(() => { syncing = null; });
  }
  return syncing;
}

async function runSync() {
  const status = $('#sync-state');
  status.textContent = t('sync.sending');
  document.body.dataset.sync = 'sending';
  let outcome;
  try {
    // A fresh anti-forgery token, and whether the session still holds, before sending anything.
    state.person = { ...state.person, ...(await session.current()) };
    state.signedOut = false;
    outcome = await outbox.sync(send);
  } catch (e) {
    outcome = e instanceof session.SessionEnded ? 'signin' : 'offline';
  }
  const refused = (await outbox.items()).some((item) => item.state === 'refused');
  state.signedOut = outcome === 'signin';
  $('#sign-in-link').hidden = !state.signedOut;
  status.textContent = outcome === 'done' && refused ? t('sync.refused') : t(`sync.${outcome}`);
  document.body.dataset.sync = outcome;
  await renderOutbox();
  if (outcome === 'done') {
    await loadList();
    synced.forEach((listener) => listener());
  }
  return outcome;
}

// ---- my unit's activities ----

async function loadList() {
  const message = $('#list-message');
  try {
    const answer = await getFrom('events', 'v1/activities', { page: state.page, size: PAGE_SIZE });
    state.pages = Math.max(1, answer.totalPages || 1);
    $('#activities tbody').replaceChildren(...answer.items.map((activity) => {
      const row = document.createElement('tr');
      [activity.startDate, activity.title, label('kind', activity.kind), activity.participants].forEach((value) => {
        const cell = document.createElement('td');
        cell.textContent = value === null || value === undefined ? '' : String(value);
        row.append(cell);
      });
      return row;
    }));
    message.hidden = answer.items.length > 0;
    message.textContent = t('list.empty');
    $('#page-info').textContent = t('list.page', { page: state.page + 1, pages: state.pages, total: answer.totalItems });
    $('#activities').dataset.total = String(answer.totalItems);
  } catch (e) {
    message.hidden = false;
    message.textContent = navigator.onLine ? e.message : t('list.offline');
  }
  $('#prev').disabled = state.page === 0;
  $('#next').disabled = state.page + 1 >= state.pages;
}

// ---- the page ----

/** Shows one view (activities, models, awards), as the address's #hash says. */
function showView(name) {
  const view = VIEWS.includes(name) ? name : 'activities';
  document.querySelectorAll('[data-view]').forEach((section) => { section.hidden = section.dataset.view !== view; });
  document.querySelectorAll('#views a').forEach((link) => {
    if (link.getAttribute('href') === `#${view}`) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
  if (window.location.hash !== `#${view}` && window.location.hash) {
    window.history.replaceState(null, '', `#${view}`);
  }
}

/** What the models' and awards' modules get from the page. */
const context = {
  person: () => state.person,
  registerKind: (kind, handling) => { kinds[kind] = handling; },
  /** Saves a record to the outbox (its key given now) and sends what waits; returns the item as it is afterwards. */
  save: async (kind, body) => {
    const seq = await outbox.add(kind, body);
    await renderOutbox();
    await syncNow();
    return outbox.get(seq);
  },
  syncNow: () => syncNow(),
  onSynced: (listener) => synced.push(listener),
  showView: (name) => { window.location.hash = name; },
};

function showNetwork() {
  $('#network-state').textContent = navigator.onLine ? t('network.online') : t('network.offline');
}

function renderAll() {
  applyTexts();
  fillChoices();
  models.render();
  awards.render();
  showNetwork();
  if (state.person) {
    $('#user-name').textContent = state.person.name || state.person.username || '';
    $('#user-agency').textContent = words(state.person.agency);
    $('#user-locality').textContent = words(state.person.locality);
  }
  return renderOutbox();
}

async function switchLanguage() {
  const next = language() === 'vi' ? 'en' : 'vi';
  try {
    state.person = await session.current(next);
  } catch (e) {
    // Offline: switch on this page; the portal remembers it next time.
  }
  setLanguage(next);
  await renderAll();
  await loadList();
}

async function start() {
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js', { scope: './' }).catch(() => {});
  }
  $('#lang-switch').addEventListener('click', switchLanguage);
  $('#activity-form').addEventListener('submit', save);
  $('#cancel-edit').addEventListener('click', stopEditing);
  $('#sync').addEventListener('click', syncNow);
  importing.setUp(() => state.person, () => { state.page = 0; loadList(); });
  models.setUp(context);
  awards.setUp(context);
  window.addEventListener('hashchange', () => showView(window.location.hash.slice(1)));
  showView(window.location.hash.slice(1));
  $('#prev').addEventListener('click', () => { state.page = Math.max(0, state.page - 1); loadList(); });
  $('#next').addEventListener('click', () => { state.page += 1; loadList(); });
  window.addEventListener('online', () => { showNetwork(); syncNow(); });
  window.addEventListener('offline', showNetwork);
  // navigator.onLine is a poor guide on a weak signal: while something waits, try again now and then.
  setInterval(async () => {
    if (!state.signedOut && (await outbox.items()).some((item) => item.state === 'pending')) {
      syncNow();
    }
  }, RETRY_EVERY);
  try {
    state.person = await session.current();
    setLanguage(state.person.language);
    setVocabulary((await session.vocabulary()).labels);
  } catch (e) {
    $('#session-ended').hidden = false;
    $('#sign-in-link').hidden = false;
    await renderAll();
    document.body.dataset.state = 'signed-out';
    return;
  }
  $('#workspace').hidden = false;
  $('#user').hidden = false;
  await renderAll();
  models.start();
  awards.start();
  document.body.dataset.state = 'ready';
  await syncNow();
}

start();
