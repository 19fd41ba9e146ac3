// The workspace: record an outreach activity (saved to the outbox on this device, then sent), the outbox with what
// waits or was refused and why, and the unit's activities. Shares the dashboard's words, session and API modules.
import { getFrom } from '../../../dashboard/assets/js/api.js';
import {
  addTexts, applyTexts, knownCodes, label, language, setLanguage, setVocabulary, t,
} from '../../../dashboard/assets/js/i18n.js';
import * as session from '../../../dashboard/assets/js/session.js';
import * as awards from './awards.js';
import {
  button, clearErrors as clearFormErrors, fieldError as formFieldError, fillPartners, formError, option, placeOf,
  request, showProblem as showFormProblem, words,
} from './forms.js';
import * as importing from './import.js';
import * as models from './models.js';
import * as outbox from './outbox.js';
import * as places from './places.js';
import TEXTS from './texts.js';

addTexts(TEXTS);

const $ = (selector) => document.querySelector(selector);
const NUMBERS = ['participants', 'women', 'ethnicMinority', 'reach', 'copies'];
const PAGE_SIZE = 10;
const RETRY_EVERY = 30000;
/** How long the page waits for the places before it opens with the kept copy (ms). */
const PLACES_WAIT = 3000;

const state = {
  person: null, editing: null, revising: null, page: 0, pages: 1, signedOut: false, units: new Map(), filters: {},
};
const DEPTH = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };
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
/** Tells the workspace's other tabs that the outbox changed, so that each shows what waits now. */
const tabs = 'BroadcastChannel' in window ? new BroadcastChannel('antq-workspace') : null;

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
  fillPartners($('#f-partners'), state.person);
  fillPlaces();
  fillMaterials();
  const kindFilter = $('#filter-kind');
  const kindFiltered = kindFilter.value;
  kindFilter.replaceChildren(option('', t('list.all')),
    ...knownCodes('kind').map((code) => option(code, label('kind', code))));
  kindFilter.value = kindFiltered;
  const statusFilter = $('#filter-status');
  const statusFiltered = statusFilter.value;
  statusFilter.replaceChildren(option('', t('list.all')),
    ...knownCodes('activityStatus').map((code) => option(code, label('activityStatus', code))));
  statusFilter.value = statusFiltered;
}

/**
 * The place picker: the person's unit and the units inside it that are in force on the activity's start date, in the
 * structure in force then (until a date is chosen, the units of the person's own structure); the person's own unit
 * alone until the list has loaded.
 */
function fillPlaces(chosen) {
  const select = $('#f-locality');
  const previous = chosen || select.value;
  const day = $('#f-startDate').value;
  const offered = day ? places.on(day) : places.own();
  const own = placeOf(state.person);
  let units = offered ? offered.units : [];
  if (!offered && own) {
    units = [{ code: own.code, name: words(state.person.locality), level: own.level, province: own.province,
      district: own.district, commune: own.commune }];
  }
  const top = units.length ? DEPTH[units[0].level] : 0;
  const twoTier = units.every((unit) => !unit.district);
  state.units = new Map(units.map((unit) => [unit.code, unit]));
  select.replaceChildren(...units.map((unit) => {
    const depth = Math.max(0, (unit.level === 'COMMUNE' && twoTier ? 1 : DEPTH[unit.level]) - top);
    return option(unit.code, `${'— '.repeat(depth)}${unit.name}`);
  }));
  if (state.units.has(previous)) {
    select.value = previous;
  }
  let note = t('form.placeNote');
  if (!state.person || (!own && !units.length)) {
    note = t('form.noPlace');
  } else if (!units.length) {
    note = t('form.noPlaceOnDate', { structure: offered.structure.label });
  }
  $('#place-note').textContent = note;
  $('#save').disabled = !units.length;
}

/** The library's current materials, to name those the activity used. */
function fillMaterials(chosen) {
  const select = $('#f-materials');
  const selected = new Set(chosen || [...select.selectedOptions].map((one) => one.value));
  const offered = places.currentMaterials();
  const known = new Set(offered.map((material) => material.id));
  select.replaceChildren(...offered.map((material) => option(material.id, material.title)),
    ...[...selected].filter((id) => !known.has(id)).map((id) => option(id, id)));
  [...select.options].forEach((one) => { one.selected = selected.has(one.value); });
  $('#materials-note').hidden = offered.length > 0;
}

function partners() {
  return [...document.querySelectorAll('#f-partners input:checked')].map((box) => box.value);
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
  const unit = state.units.get($('#f-locality').value) || {};
  const body = {
    agency: state.person.agency.code,
    partnerAgencies: partners(),
    level: unit.level || null,
    locality: { province: unit.province || null, district: unit.district || null, commune: unit.commune || null },
    kind: value('kind'),
    channel: value('channel') || null,
    topics: value('topics') ? value('topics').split(',').map((topic) => topic.trim()).filter(Boolean) : [],
    title: value('title'),
    startDate: value('startDate'),
    endDate: value('endDate') || null,
    materials: [...$('#f-materials').selectedOptions].map((one) => one.value),
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
  if (!body.level) {
    fine = fieldError('locality', t('form.required')) && false;
  }
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
  const place = body.locality || {};
  fillPlaces(place.commune || place.district || place.province);
  fillMaterials(body.materials || []);
}

async function save(event) {
  event.preventDefault();
  clearErrors();
  const body = readForm();
  if (!checkForm(body)) {
    formError(activityForm(), t('form.fix'));
    return;
  }
  if (state.revising) {
    await revise(body);
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
  fillMaterials([]);
  $('#form-status').textContent = t('form.saved');
  await renderOutbox();
  await syncNow();
  const after = await outbox.get(seq);
  if (after && after.state === 'refused') {
    edit(after);
  }
}

function edit(item) {
  stopEditing();
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
  state.revising = null;
  $('#cancel-edit').hidden = true;
  $('#cancel-activity').hidden = true;
  $('#conflict').hidden = true;
  $('#save').textContent = t('form.save');
  $('#form-status').textContent = '';
  document.body.dataset.revising = '';
  clearErrors();
}

// ---- an activity already recorded: open, correct (If-Match), cancel ----

/** The form's body of an activity as the service shows it. */
function bodyOf(view) {
  const body = {
    agency: view.agency, partnerAgencies: view.partnerAgencies || [], level: view.level,
    locality: { province: view.locality.province, district: view.locality.district || null,
      commune: view.locality.commune || null },
    kind: view.kind, channel: view.channel || null, topics: view.topics || [], title: view.title,
    startDate: view.startDate, endDate: view.endDate || null, materials: view.materials || [],
  };
  NUMBERS.forEach((name) => { body[name] = view[name] === undefined ? null : view[name]; });
  return body;
}

function showRevising(view, etag) {
  state.revising = { id: view.id, etag, view };
  writeForm(bodyOf(view));
  const cancelled = view.status === 'CANCELLED';
  $('#cancel-edit').hidden = false;
  $('#cancel-activity').hidden = cancelled;
  $('#save').disabled = cancelled || $('#save').disabled;
  $('#save').textContent = t('form.saveChanges');
  $('#form-status').textContent = cancelled ? t('form.cancelledOne') : t('form.revising', { title: view.title });
  document.body.dataset.revising = view.id;
}

async function open(id) {
  stopEditing();
  const answer = await call('GET', `events/v1/activities/${encodeURIComponent(id)}`);
  if (!answer) {
    return;
  }
  if (!answer.ok) {
    showProblem(answer.problem);
    return;
  }
  showView('activities');
  showRevising(answer.body, answer.etag);
  $('#record-card').scrollIntoView({ block: 'start' });
  $('#f-title').focus();
}

/** A call through the relay; without a network, says so on the form and answers null. */
async function call(method, path, body, extra) {
  try {
    return await request(state.person, method, path, body, extra);
  } catch (e) {
    formError(activityForm(), t('form.needsNetwork'));
    return null;
  }
}

async function revise(body, etag = state.revising.etag) {
  const { id } = state.revising;
  const answer = await call('PUT', `events/v1/activities/${encodeURIComponent(id)}`, body, { 'If-Match': etag });
  if (!answer) {
    return;
  }
  if (answer.ok) {
    stopEditing();
    $('#form-status').textContent = t('form.revised');
    await loadList();
  } else if (answer.status === 412) {
    await conflict(body);
  } else {
    showProblem(answer.problem);
  }
}

async function cancelActivity() {
  if (!state.revising || !window.confirm(t('form.cancelActivity.confirm'))) {
    return;
  }
  const { id, etag } = state.revising;
  const answer = await call('DELETE', `events/v1/activities/${encodeURIComponent(id)}`, null, { 'If-Match': etag });
  if (!answer) {
    return;
  }
  if (answer.ok) {
    stopEditing();
    $('#form-status').textContent = t('form.cancelled');
    await loadList();
  } else if (answer.status === 412) {
    await conflict(readForm());
  } else {
    showProblem(answer.problem);
  }
}

/** A value of the form's body in words, to compare two versions. */
function shown(name, value) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) {
    return '–';
  }
  if (name === 'kind' || name === 'channel') {
    return label(name, value);
  }
  if (name === 'partnerAgencies') {
    return value.map((code) => label('agency', code)).join(', ');
  }
  if (name === 'locality') {
    const code = value.commune || value.district || value.province;
    return state.units.has(code) ? state.units.get(code).name : code;
  }
  return Array.isArray(value) ? value.join(', ') : String(value);
}

const COMPARED = ['title', 'kind', 'channel', 'startDate', 'endDate', 'locality', ...NUMBERS, 'topics',
  'partnerAgencies', 'materials'];
const FIELD_TEXT = { partnerAgencies: 'field.partners', topics: 'field.topicsShort' };

/**
 * Someone changed the activity since it was opened (412): shows what they changed beside what this person wrote, and
 * lets the person keep their version (sent again over the current one) or take the current one.
 */
async function conflict(mine) {
  const answer = await call('GET', `events/v1/activities/${encodeURIComponent(state.revising.id)}`);
  if (!answer || !answer.ok) {
    if (answer) {
      showProblem(answer.problem);
    }
    return;
  }
  const current = answer.body;
  const theirs = bodyOf(current);
  const rows = COMPARED.filter((name) => JSON.stringify(mine[name] ?? null) !== JSON.stringify(theirs[name] ?? null))
    .map((name) => {
      const row = document.createElement('tr');
      [t(FIELD_TEXT[name] || `field.${name}`), shown(name, mine[name]), shown(name, theirs[name])].forEach((text, i) => {
        const cell = document.createElement(i === 0 ? 'th' : 'td');
        cell.textContent = text;
        row.append(cell);
      });
      return row;
    });
  $('#conflict-rows').replaceChildren(...rows);
  const when = current.updatedAt
    ? new Date(current.updatedAt).toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-GB') : '';
  $('#conflict-by').textContent = t('conflict.by', { who: current.recordedBy || '', when });
  $('#conflict').hidden = false;
  $('#conflict').dataset.etag = answer.etag;
  state.conflict = { mine, current, etag: answer.etag };
  $('#conflict').focus();
}

function keepMine() {
  const { mine, etag } = state.conflict;
  state.revising.etag = etag;
  $('#conflict').hidden = true;
  revise(mine, etag);
}

function takeTheirs() {
  const { current, etag } = state.conflict;
  $('#conflict').hidden = true;
  showRevising(current, etag);
}

// ---- the outbox ----

async function renderOutbox() {
  const { items, others } = await outbox.onDevice();
  $('#pending-count').textContent = String(items.length);
  $('#others-note').hidden = others === 0;
  $('#others-note').textContent = t('outbox.others', { count: others });
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
  if (tabs && outcome !== 'busy') {
    tabs.postMessage('outbox');
  }
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
    const answer = await getFrom('events', 'v1/activities', { ...state.filters, page: state.page, size: PAGE_SIZE });
    state.pages = Math.max(1, answer.totalPages || 1);
    $('#activities tbody').replaceChildren(...answer.items.map((activity) => {
      const row = document.createElement('tr');
      row.dataset.id = activity.id;
      row.dataset.status = activity.status;
      [activity.startDate, activity.title, label('kind', activity.kind), activity.participants,
        label('activityStatus', activity.status)].forEach((value) => {
        const cell = document.createElement('td');
        cell.textContent = value === null || value === undefined ? '' : String(value);
        row.append(cell);
      });
      const action = document.createElement('td');
      const opener = button(t('list.open'), () => open(activity.id));
      opener.setAttribute('aria-label', `${t('list.open')}: ${activity.title}`);
      action.append(opener);
      row.append(action);
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
  $('#cancel-activity').addEventListener('click', cancelActivity);
  $('#conflict-mine').addEventListener('click', keepMine);
  $('#conflict-theirs').addEventListener('click', takeTheirs);
  $('#f-startDate').addEventListener('change', () => fillPlaces());
  $('#list-filters').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (id) => $(id).value;
    state.filters = { from: value('#filter-from'), to: value('#filter-to'), kind: value('#filter-kind'),
      status: value('#filter-status') };
    state.page = 0;
    loadList();
  });
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
  if (tabs) {
    tabs.onmessage = () => renderOutbox();
  }
  // navigator.onLine is a poor guide on a weak signal: while something waits, try again now and then.
  setInterval(async () => {
    if (!state.signedOut && (await outbox.items()).some((item) => item.state === 'pending')) {
      syncNow();
    }
  }, RETRY_EVERY);
  try {
    state.person = await session.current();
    outbox.setOwner(state.person.username);
    setLanguage(state.person.language);
    setVocabulary((await session.vocabulary()).labels);
    // On a weak signal the places may take long: the page opens with the person's kept copy after a short wait,
    // and the pickers are filled again when the answer comes.
    const loaded = places.load(state.person.username).then(() => {
      fillChoices();
      models.placesChanged();
    });
    await Promise.race([loaded, new Promise((resolve) => { setTimeout(resolve, PLACES_WAIT); })]);
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
