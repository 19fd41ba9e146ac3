// The workspace's models view (#models): register a grassroots model (mô hình) in a commune of the person's unit, the
// unit's models (filters, paging), one model opened (its status changed, its re-homing after the 2025 reform, its
// periodic reports and the periods still to report), and a model's periodic report filed through the outbox, so
// that it can be written without signal. setUp(context) once, render() whenever the language changes, start() once
// the person is signed in. context: person(), registerKind(kind, { path, describe, edit }), save(kind, body),
// syncNow(), onSynced(listener), showView(name).
//
// Registering, changing the status and re-homing are done online (model-service answers at once: a warning of an
// overlapping model, a refused move); reports wait in the outbox like activities. The last answers (types, lists,
// models opened, their reports) are kept in localStorage 'antq-workspace-models' so that a report can be written
// offline for a model seen before.
import { addTexts, knownCodes, label, language, t } from '../../../dashboard/assets/js/i18n.js';
import * as session from '../../../dashboard/assets/js/session.js';
import {
  clearErrors, fieldError, fillPartners, formError, option, placeOf, request, showProblem, words,
} from './forms.js';
import * as outbox from './outbox.js';
import * as places from './places.js';

const KIND = 'modelReport';
const STORE_KEY = 'antq-workspace-models';
const PAGE_SIZE = 10;
const COUNTS = ['meetings', 'mediations', 'tipsReported', 'offendersSupported', 'incidents'];
const STATUSES = ['ACTIVE', 'SUSPENDED', 'DISSOLVED'];
const PERIOD = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;
/** analytics' reporting rule (antq.analytics.reporting.on-time-day): a period is on time until this day of the next month. */
const ON_TIME_DAY = 5;
/** How many periods still to report are listed (the newest); the rest are counted. */
const DUE_SHOWN = 12;

addTexts({
  'models.register.title': ['Đăng ký mô hình', 'Register a model'],
  'models.register.save': ['Đăng ký', 'Register'],
  'models.register.sending': ['Đang đăng ký…', 'Registering…'],
  'models.register.done': ['Đã đăng ký mô hình “{name}”.', 'The model “{name}” is registered.'],
  'models.register.replayed': ['Mô hình này đã được đăng ký từ lần gửi trước.', 'This model was registered by the earlier attempt.'],
  'models.register.offline': ['Không có mạng: đăng ký mô hình cần có mạng. Hãy thử lại khi có mạng.',
    'No network: registering a model needs one. Try again when online.'],
  'models.register.unavailable': ['Hệ thống tạm thời chưa nhận được, hãy thử lại.', 'The service cannot take it now; try again.'],
  'models.register.warnings': ['Lưu ý:', 'Please note:'],
  'models.placeNote': ['Mô hình được đăng ký tại xã, phường của bạn.', 'Models are registered in your own commune.'],
  'models.placeNoteScope': ['Chọn xã, phường trong phạm vi của bạn, theo đơn vị hành chính có hiệu lực vào ngày thành lập.',
    'Choose a commune within your area, as the administrative units stood on the day the model was founded.'],
  'models.noCommune': ['Tài khoản của bạn không gắn với địa bàn nào nên chưa đăng ký được mô hình ở đây (mô hình là của cơ sở).',
    'Your account is not tied to any locality, so it cannot register models here (models belong to a commune).'],
  'models.field.name': ['Tên mô hình', 'Name of the model'],
  'models.field.type': ['Loại mô hình', 'Type'],
  'models.field.establishedOn': ['Ngày thành lập', 'Founded on'],
  'models.field.members': ['Số thành viên', 'Members'],
  'models.field.village': ['Thôn, làng, tổ dân phố', 'Village or residential group'],
  'models.field.status': ['Tình trạng', 'Status'],
  'models.field.agency': ['Lực lượng quản lý', 'Agency'],
  'models.field.since': ['Ở địa bàn này từ', 'In this locality since'],
  'models.field.former': ['Địa bàn trước sắp xếp', 'Locality before the reform'],
  'models.field.reason': ['Lý do đổi tình trạng', 'Reason for the status'],
  'models.filter.all': ['– Tất cả –', '– All –'],
  'models.list.title': ['Mô hình của đơn vị tôi', "My unit's models"],
  'models.list.page': ['Trang {page}/{pages} · {total} mô hình', 'Page {page} of {pages} · {total} models'],
  'models.list.empty': ['Chưa có mô hình nào.', 'No models yet.'],
  'models.list.offline': ['Không có mạng: đây là danh sách lưu trên máy lúc {at}.', 'No network: this is the list kept on this device at {at}.'],
  'models.list.offlineNone': ['Không có mạng và chưa có danh sách nào lưu trên máy.', 'No network, and no list kept on this device yet.'],
  'models.open': ['Xem mô hình {name}', 'Open the model {name}'],
  'models.detail.offline': ['Không có mạng: thông tin lưu trên máy lúc {at}.', 'No network: details kept on this device at {at}.'],
  'models.detail.unknown': ['Không có mạng và mô hình này chưa được lưu trên máy.', 'No network, and this model is not kept on this device.'],
  'models.status.title': ['Đổi tình trạng', 'Change the status'],
  'models.status.to': ['Chuyển sang', 'Move to'],
  'models.status.reason': ['Lý do', 'Reason'],
  'models.status.save': ['Đổi tình trạng', 'Change the status'],
  'models.status.none': ['Mô hình đã giải thể, không đổi được nữa.', 'The model is dissolved; it cannot change any more.'],
  'models.status.done': ['Đã đổi tình trạng.', 'Status changed.'],
  'models.status.stale': ['Mô hình vừa được người khác thay đổi; đã tải lại, hãy xem rồi thử lại.',
    'Someone else has just changed the model; it is reloaded, check and try again.'],
  'models.status.offline': ['Không có mạng: đổi tình trạng cần có mạng.', 'No network: changing the status needs one.'],
  'models.rehome.needed': ['Mô hình đang ở {place}, đơn vị hành chính trước sắp xếp năm 2025. Từ ngày {from}, hãy chuyển mô hình về xã, phường mới đã tiếp nhận địa bàn này.',
    'The model is in {place}, a unit from before the 2025 reform. From {from}, move it to the new commune that took this one over.'],
  'models.rehome.divided': ['Xã cũ đã được chia cho nhiều xã mới: hãy chọn đúng xã.', 'The old commune was split between several new ones: choose the right one.'],
  'models.rehome.suggested': ['{name} (đề xuất)', '{name} (suggested)'],
  'models.rehome.offline': ['Không có mạng: chuyển địa bàn cần có mạng.', 'No network: moving the model needs one.'],
  'models.rehome.to': ['Chuyển về xã, phường mới', 'Move to the new commune'],
  'models.rehome.save': ['Chuyển địa bàn', 'Move the model'],
  'models.rehome.done': ['Đã chuyển mô hình về {name}.', 'The model now belongs to {name}.'],
  'models.rehome.anyCommune': ['Bảng chuyển đổi không có xã này: liên hệ quản trị viên.', 'The official mapping does not know this commune: ask an administrator.'],
  'models.due.title': ['Kỳ báo cáo chưa gửi', 'Periods not yet reported'],
  'models.due.late': ['quá hạn', 'late'],
  'models.due.due': ['đến hạn', 'due'],
  'models.due.open': ['đang diễn ra', 'running'],
  'models.due.none': ['Không có kỳ nào còn thiếu báo cáo.', 'No period is missing a report.'],
  'models.due.more': ['và {n} kỳ cũ hơn', 'and {n} older periods'],
  'models.due.note': ['Mô hình báo cáo {cadence}; một kỳ đến hạn khi đã kết thúc và quá hạn sau ngày {day} của tháng kế tiếp.',
    'The model reports {cadence}; a period is due once it has ended, and late after day {day} of the following month.'],
  'models.due.noteGuess': ['Chưa có báo cáo nào nên tạm tính theo quý; một kỳ đến hạn khi đã kết thúc và quá hạn sau ngày {day} của tháng kế tiếp.',
    'No report yet, so counted by quarter; a period is due once it has ended, and late after day {day} of the following month.'],
  'models.due.dissolved': ['Mô hình đã giải thể: không còn kỳ báo cáo nào.', 'The model is dissolved: no more periods to report.'],
  'models.reports.title': ['Báo cáo định kỳ đã gửi', 'Periodic reports filed'],
  'models.reports.empty': ['Chưa có báo cáo nào.', 'No reports yet.'],
  'models.report.title': ['Gửi báo cáo định kỳ', 'File a periodic report'],
  'models.report.hint': ['Báo cáo được lưu vào hộp thư đi trên máy này, rồi gửi đi khi có mạng.',
    'The report is saved to the outbox on this device, then sent when there is a network.'],
  'models.report.period': ['Kỳ báo cáo', 'Period'],
  'models.report.periodInput': ['Kỳ báo cáo (tháng 2025-05 hoặc quý 2025-Q2)', 'Period (month 2025-05 or quarter 2025-Q2)'],
  'models.report.badPeriod': ['Hãy nhập tháng dạng 2025-05 hoặc quý dạng 2025-Q2.', 'Enter a month such as 2025-05 or a quarter such as 2025-Q2.'],
  'models.report.meetings': ['Buổi sinh hoạt', 'Meetings'],
  'models.report.mediations': ['Vụ hòa giải', 'Disputes mediated'],
  'models.report.tipsReported': ['Tin tố giác', 'Crime tips passed on'],
  'models.report.offendersSupported': ['Người lầm lỗi được giúp đỡ', 'Offenders supported'],
  'models.report.incidents': ['Vụ việc ANTT', 'Security incidents'],
  'models.report.membersAtPeriodEnd': ['Thành viên cuối kỳ', 'Members at period end'],
  'models.report.notes': ['Ghi chú', 'Notes'],
  'models.report.save': ['Lưu báo cáo', 'Save the report'],
  'models.report.saved': ['Đã lưu báo cáo vào hộp thư đi.', 'The report is saved to the outbox.'],
  'models.report.editing': ['Đang sửa một báo cáo bị từ chối.', 'Editing a refused report.'],
  'models.report.dissolved': ['Mô hình đã giải thể: không gửi báo cáo được nữa.', 'The model is dissolved: no more reports.'],
  'models.kind.describe': ['Báo cáo mô hình', 'Model report'],
});

const $ = (selector) => document.querySelector(selector);

let context = null;
const state = {
  page: 0,
  pages: 1,
  total: 0,
  items: [],
  listFrom: null, // null: the service's answer now; else when the copy shown was kept
  open: null, // { model, etag, reports, at (null: fresh) }
  rehoming: null, // { view, etag }
  communes: new Map(), // the communes offered for a registration, by code
  registerAttempt: null, // { key, body }: the key is kept while the same registration is tried again
  statusAttempt: null,
  editingReport: null, // the outbox seq of a refused report being corrected
};

// ---- what is kept on this device (localStorage) ----

function kept() {
  try {
    return JSON.parse(window.localStorage.getItem(STORE_KEY)) || {};
  } catch (e) {
    return {};
  }
}

function keep(change) {
  const all = kept();
  change(all);
  try {
    window.localStorage.setItem(STORE_KEY, JSON.stringify(all));
  } catch (e) {
    // The device is full: the page works without the copies.
  }
}

function keepModel(model, etag, reports) {
  keep((all) => {
    all.models = all.models || {};
    const before = all.models[model.id] || {};
    all.models[model.id] = { model, etag: etag || before.etag || null, reports: reports || before.reports || [],
      at: new Date().toISOString() };
    // The 50 models opened last are enough to report on offline.
    const ids = Object.keys(all.models).sort((a, b) => all.models[b].at.localeCompare(all.models[a].at));
    ids.slice(50).forEach((id) => { delete all.models[id]; });
  });
}

function keptModel(id) {
  return (kept().models || {})[id] || null;
}

// ---- the words ----

function types() {
  const known = kept().types;
  if (known && known.length) {
    return known;
  }
  return knownCodes('modelType').map((code) => ({ code }));
}

/** A type's name from the platform's one catalogue; for a type added since (reference data), model-service's names. */
function typeName(code) {
  const type = (kept().types || []).find((one) => one.code === code);
  if (knownCodes('modelType').includes(code) || !type) {
    return label('modelType', code);
  }
  return (language() === 'vi' ? type.labelVi : type.labelEn) || type.labelVi || code;
}

function time(iso) {
  return iso ? new Date(iso).toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-GB') : '';
}


// ---- periods: what is due or late ----
// model-service answers the reports a model has filed, not which periods it still owes (analytics' model health
// flags a model only after six months without a report, and its reporting grid is per unit, not per model). So the
// page works it out from the model's cadence and its filed reports: the cadence is the one its reports show (any
// monthly report: monthly; else quarterly, also while it has none); every period from the one it was founded in to
// the one running today, not covered by a report (a month is covered by its own report or its quarter's, a quarter
// by its own or any of its months'), is listed: running, due (ended, until day 5 of the next month, analytics' on-time
// day) or late (after that). A dissolved model owes nothing.

/** Today in Vietnam (UTC+7), as yyyy-mm-dd. */
function today() {
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

function monthCode(year, month) {
  return `${year}-${String(month).padStart(2, '0')}`;
}

function quarterOf(year, month) {
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

function cadenceOf(reports) {
  if (reports.some((report) => /^\d{4}-\d{2}$/.test(report.period))) {
    return { cadence: 'MONTHLY', guessed: false };
  }
  return { cadence: 'QUARTERLY', guessed: reports.length === 0 };
}

/** The periods a model has not reported, newest first: [{ period, state: 'open'|'due'|'late' }]. */
export function missingPeriods(model, reports, now = today()) {
  if (!model || model.status === 'DISSOLVED' || !model.establishedOn) {
    return [];
  }
  const filed = new Set(reports.map((report) => report.period));
  const { cadence } = cadenceOf(reports);
  const [startYear, startMonth] = model.establishedOn.split('-').map(Number);
  const [nowYear, nowMonth] = now.split('-').map(Number);
  const periods = [];
  let year = startYear;
  let month = cadence === 'MONTHLY' ? startMonth : Math.floor((startMonth - 1) / 3) * 3 + 1;
  const step = cadence === 'MONTHLY' ? 1 : 3;
  while (year < nowYear || (year === nowYear && month <= nowMonth)) {
    const lastMonth = month + step - 1;
    const code = cadence === 'MONTHLY' ? monthCode(year, month) : quarterOf(year, month);
    const covered = cadence === 'MONTHLY'
      ? filed.has(code) || filed.has(quarterOf(year, month))
      : filed.has(code) || [0, 1, 2].some((i) => filed.has(monthCode(year, month + i)));
    if (!covered) {
      // The next month's on-time day: yyyy-mm-05 after the period's last month.
      const nextYear = lastMonth === 12 ? year + 1 : year;
      const nextMonth = lastMonth === 12 ? 1 : lastMonth + 1;
      const onTimeUntil = `${monthCode(nextYear, nextMonth)}-${String(ON_TIME_DAY).padStart(2, '0')}`;
      const running = year === nowYear && lastMonth >= nowMonth;
      periods.push({ period: code, state: running ? 'open' : now <= onTimeUntil ? 'due' : 'late' });
    }
    month += step;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return periods.reverse();
}

// ---- registering ----

function registerForm() {
  return $('#model-form');
}

function fillChoices() {
  const person = context && context.person();
  const typeSelect = $('#m-type');
  const typeValue = typeSelect.value;
  typeSelect.replaceChildren(option('', t('field.none')),
    ...types().map((type) => option(type.code, typeName(type.code))));
  typeSelect.value = typeValue;
  const filterType = $('#m-filter-type');
  const filterTypeValue = filterType.value;
  filterType.replaceChildren(option('', t('models.filter.all')),
    ...types().map((type) => option(type.code, typeName(type.code))));
  filterType.value = filterTypeValue;
  const filterStatus = $('#m-filter-status');
  const filterStatusValue = filterStatus.value;
  filterStatus.replaceChildren(option('', t('models.filter.all')),
    ...STATUSES.map((status) => option(status, label('modelStatus', status))));
  filterStatus.value = filterStatusValue;
  fillPartners($('#m-partners'), person);
  fillPlaces();
}

/**
 * The communes a model can be registered in: those inside the person's unit in force on the day it was founded, in
 * the structure in force then (until a date is chosen, those of the person's own structure); the person's own
 * commune alone until the places have loaded.
 */
function fillPlaces() {
  const person = context && context.person();
  const select = $('#m-locality');
  const previous = select.value;
  const day = $('#m-establishedOn').value;
  const offered = day ? places.on(day) : places.own();
  const own = placeOf(person);
  let communes = offered ? offered.units.filter((unit) => unit.level === 'COMMUNE') : [];
  if (!offered && own && own.commune) {
    communes = [{ code: own.commune, name: words(person.locality), province: own.province, district: own.district,
      commune: own.commune }];
  }
  state.communes = new Map(communes.map((unit) => [unit.code, unit]));
  select.replaceChildren(...communes.map((unit) => option(unit.code, unit.name)));
  if (state.communes.has(previous)) {
    select.value = previous;
  }
  let note = '';
  if (person && communes.length) {
    note = own && own.commune ? t('models.placeNote') : t('models.placeNoteScope');
  } else if (person && day && offered && own) {
    note = t('form.noPlaceOnDate', { structure: offered.structure.label });
  } else if (person) {
    note = t('models.noCommune');
  }
  $('#model-place-note').textContent = note;
  $('#model-save').disabled = !communes.length;
}

function readRegistration() {
  const person = context.person();
  const place = state.communes.get($('#m-locality').value) || {};
  const value = (name) => $(`#m-${name}`).value.trim();
  return {
    name: value('name'),
    type: value('type'),
    agency: person.agency.code,
    partnerAgencies: [...document.querySelectorAll('#m-partners input:checked')].map((box) => box.value),
    locality: { province: place.province || null, district: place.district || null, commune: place.commune || null },
    village: value('village') || null,
    establishedOn: value('establishedOn'),
    members: value('members') === '' ? null : Number(value('members')),
  };
}

function checkRegistration(body) {
  const form = registerForm();
  let fine = true;
  ['name', 'type', 'establishedOn'].filter((name) => !body[name]).forEach((name) => {
    fine = fieldError(form, name, t('form.required')) && false;
  });
  if (body.members === null) {
    fine = fieldError(form, 'members', t('form.required')) && false;
  } else if (!(Number.isInteger(body.members) && body.members >= 0)) {
    fine = fieldError(form, 'members', t('form.wholeNumber')) && false;
  }
  return fine;
}

async function register(event) {
  event.preventDefault();
  const form = registerForm();
  clearErrors(form);
  $('#model-warnings').hidden = true;
  const body = readRegistration();
  if (!checkRegistration(body)) {
    formError(form, t('form.fix'));
    return;
  }
  // One key per registration, made when it is submitted and kept while the same one is tried again (a lost answer
  // is then answered with the model already made); a changed form is another registration.
  const fingerprint = JSON.stringify(body);
  if (!state.registerAttempt || state.registerAttempt.body !== fingerprint) {
    state.registerAttempt = { key: crypto.randomUUID(), body: fingerprint };
  }
  const status = $('#model-form-status');
  status.textContent = t('models.register.sending');
  $('#model-save').disabled = true;
  let answer;
  try {
    answer = await write('models/v1/models', body,
      { 'Idempotency-Key': state.registerAttempt.key });
  } catch (e) {
    status.textContent = '';
    formError(form, t('models.register.offline'));
    return;
  } finally {
    $('#model-save').disabled = false;
  }
  if (answer.status >= 500 || answer.status === 408 || answer.status === 429) {
    status.textContent = '';
    formError(form, t('models.register.unavailable'));
    return;
  }
  state.registerAttempt = null;
  if (!answer.ok) {
    status.textContent = '';
    showProblem(form, answer.problem);
    return;
  }
  const model = answer.body;
  status.textContent = t('models.register.done', { name: model.name });
  showWarnings(model.warnings || []);
  ['name', 'village', 'members', 'establishedOn'].forEach((name) => { $(`#m-${name}`).value = '';
  });
  document.querySelectorAll('#m-partners input').forEach((box) => { box.checked = false; });
  keepModel(model, answer.etag, []);
  state.page = 0;
  await loadList();
  await openModel(model.id);
}

function showWarnings(warnings) {
  const list = $('#model-warnings');
  list.replaceChildren(...warnings.map((warning) => {
    const item = document.createElement('li');
    item.dataset.code = warning.code;
    item.textContent = warning.message;
    return item;
  }));
  list.hidden = warnings.length === 0;
}

/**
 * A change sent at once (registering, a status, a re-homing), with a fresh anti-forgery token first, as the outbox's
 * sync takes one: the token the page was given at load may have been replaced since. Offline, request() throws.
 */
async function write(path, body, headers) {
  let person = context.person();
  try {
    person = { ...person, ...(await session.current()) };
  } catch (e) {
    if (e instanceof session.SessionEnded) {
      return { status: 401, ok: false, body: null, etag: null, problem: { status: 401, detail: t('sync.signin') } };
    }
  }
  return request(person, 'POST', path, body, headers);
}

// ---- the unit's models ----

function listQuery() {
  return { type: $('#m-filter-type').value, status: $('#m-filter-status').value, page: state.page, size: PAGE_SIZE };
}

function queryString(query) {
  const params = new URLSearchParams();
  Object.entries(query).forEach(([name, value]) => {
    if (value !== '' && value !== null && value !== undefined) {
      params.append(name, value);
    }
  });
  return params.toString();
}

async function loadTypes() {
  try {
    const answer = await request(context.person(), 'GET', 'models/v1/model-types');
    if (answer.ok && Array.isArray(answer.body)) {
      keep((all) => { all.types = answer.body; });
      fillChoices();
    }
  } catch (e) {
    // Offline: the types kept earlier (or the catalogue's) are offered.
  }
}

async function loadList() {
  const query = queryString(listQuery());
  const message = $('#model-list-message');
  message.classList.remove('error');
  try {
    const answer = await request(context.person(), 'GET', `models/v1/models?${query}`);
    if (!answer.ok) {
      throw Object.assign(new Error(answer.problem.detail || answer.problem.title || `HTTP ${answer.status}`),
        { refused: true });
    }
    state.items = answer.body.items;
    state.pages = Math.max(1, answer.body.totalPages || 1);
    state.total = answer.body.totalItems;
    state.listFrom = null;
    keep((all) => {
      all.lists = all.lists || {};
      all.lists[query] = { answer: answer.body, at: new Date().toISOString() };
      // The lists asked last (a few filters and pages) are enough offline.
      Object.keys(all.lists).sort((a, b) => all.lists[b].at.localeCompare(all.lists[a].at)).slice(8)
        .forEach((old) => { delete all.lists[old]; });
      // Each model listed can be reported on offline, also one never opened (its reports are then unknown here).
      all.models = all.models || {};
      answer.body.items.forEach((model) => {
        const before = all.models[model.id];
        all.models[model.id] = before ? { ...before, model }
          : { model, etag: null, reports: [], at: new Date().toISOString() };
      });
    });
  } catch (e) {
    const copy = (kept().lists || {})[query];
    if (e.refused || !copy) {
      state.items = [];
      state.pages = 1;
      state.total = 0;
      message.hidden = false;
      message.textContent = e.refused ? e.message : t('models.list.offlineNone');
      message.classList.toggle('error', Boolean(e.refused));
      renderList();
      return;
    }
    state.items = copy.answer.items;
    state.pages = Math.max(1, copy.answer.totalPages || 1);
    state.total = copy.answer.totalItems;
    state.listFrom = copy.at;
  }
  renderList();
}

function renderList() {
  const message = $('#model-list-message');
  const table = $('#models');
  table.querySelector('tbody').replaceChildren(...state.items.map((model) => {
    const row = document.createElement('tr');
    row.dataset.id = model.id;
    row.dataset.status = model.status;
    const name = document.createElement('td');
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'model-open';
    open.textContent = model.name;
    open.setAttribute('aria-label', t('models.open', { name: model.name }));
    open.addEventListener('click', () => openModel(model.id));
    name.append(open);
    row.append(name);
    [typeName(model.type), model.establishedOn, label('modelStatus', model.status)].forEach((value) => {
      const cell = document.createElement('td');
      cell.textContent = value || '';
      row.append(cell);
    });
    return row;
  }));
  table.dataset.total = String(state.total || 0);
  if (state.listFrom) {
    message.hidden = false;
    message.textContent = t('models.list.offline', { at: time(state.listFrom) });
  } else if (!message.classList.contains('error')) {
    message.hidden = state.items.length > 0;
    message.textContent = t('models.list.empty');
  }
  $('#model-page-info').textContent = t('models.list.page', { page: state.page + 1, pages: state.pages,
    total: state.total || 0 });
  $('#model-prev').disabled = state.page === 0;
  $('#model-next').disabled = state.page + 1 >= state.pages;
}

// ---- one model ----

async function openModel(id, { focus = true } = {}) {
  const card = $('#model-detail-card');
  const message = $('#model-detail-message');
  card.hidden = false;
  card.dataset.id = id;
  message.hidden = true;
  message.classList.remove('error');
  $('#m-status-state').textContent = '';
  clearErrors($('#status-form'));
  state.rehoming = null;
  $('#model-rehoming').hidden = true;
  if (!state.editingReport || !state.open || state.open.model.id !== id) {
    stopEditingReport();
  }
  try {
    const answer = await request(context.person(), 'GET', `models/v1/models/${encodeURIComponent(id)}`);
    if (!answer.ok) {
      state.open = null;
      renderDetail();
      message.hidden = false;
      message.classList.add('error');
      message.textContent = answer.problem.detail || answer.problem.title || `HTTP ${answer.status}`;
      return;
    }
    const reports = await loadReports(id);
    state.open = { model: answer.body, etag: answer.etag, reports, at: null };
    keepModel(answer.body, answer.etag, reports);
    await loadRehoming();
  } catch (e) {
    const copy = keptModel(id);
    if (!copy) {
      state.open = null;
      renderDetail();
      message.hidden = false;
      message.textContent = t('models.detail.unknown');
      return;
    }
    state.open = { ...copy };
    message.hidden = false;
    message.textContent = t('models.detail.offline', { at: time(copy.at) });
  }
  renderDetail();
  if (focus) {
    card.focus();
  }
}

async function loadReports(id) {
  const answer = await request(context.person(), 'GET', `models/v1/models/${encodeURIComponent(id)}/reports?size=100`);
  return answer.ok ? answer.body.items : [];
}

/** Asks model-service whether the model still has to move to a 2025 commune (a 2019-2024 one keeps its district). */
async function loadRehoming() {
  const model = state.open.model;
  if (model.status === 'DISSOLVED' || !model.locality || !model.locality.district) {
    return;
  }
  const answer = await request(context.person(), 'GET', `models/v1/models/${encodeURIComponent(model.id)}/rehoming`);
  if (answer.ok && answer.body.needed) {
    state.rehoming = { view: answer.body, etag: answer.etag };
  }
}

function renderDetail() {
  const open = state.open;
  const card = $('#model-detail-card');
  if (!open) {
    $('#model-detail-title').textContent = '';
    $('#model-facts').replaceChildren();
    ['#status-form', '#report-form'].forEach((selector) => { $(selector).hidden = true; });
    $('#model-due').replaceChildren();
    $('#model-due-note').textContent = '';
    $('#model-reports tbody').replaceChildren();
    return;
  }
  const model = open.model;
  card.dataset.status = model.status;
  $('#model-detail-title').textContent = model.name;
  const facts = [
    ['models.field.type', typeName(model.type)],
    ['models.field.status', label('modelStatus', model.status)],
    ['models.field.reason', model.statusReason],
    ['models.field.agency', label('agency', model.agency)],
    ['field.partners', (model.partnerAgencies || []).map((code) => label('agency', code)).join(', ')],
    ['field.locality', model.locality ? model.locality.name || model.locality.commune : ''],
    ['models.field.since', model.localitySince],
    ['models.field.former', (model.formerLocalities || []).map((former) => `${former.name || former.commune}`
      + (former.until ? ` (→ ${former.until})` : '')).join('; ')],
    ['models.field.village', model.village],
    ['models.field.establishedOn', model.establishedOn],
    ['models.field.members', model.members],
  ].filter(([, value]) => value !== null && value !== undefined && value !== '');
  $('#model-facts').replaceChildren(...facts.flatMap(([key, value]) => {
    const term = document.createElement('dt');
    term.textContent = t(key);
    const detail = document.createElement('dd');
    detail.textContent = String(value);
    if (key === 'models.field.status') {
      detail.id = 'model-detail-status';
      detail.dataset.status = model.status;
    }
    return [term, detail];
  }));
  renderStatusForm(model);
  renderRehoming();
  renderReports();
}

function renderStatusForm(model) {
  const form = $('#status-form');
  form.hidden = false;
  const moves = model.allowedTransitions || [];
  const select = $('#m-status-to');
  const value = select.value;
  select.replaceChildren(...moves.map((status) => option(status, label('modelStatus', status))));
  if (moves.includes(value)) {
    select.value = value;
  }
  select.disabled = moves.length === 0;
  $('#m-status-reason').disabled = moves.length === 0;
  $('#m-status-save').disabled = moves.length === 0;
  if (!moves.length) {
    $('#m-status-state').textContent = t('models.status.none');
  }
}

function renderRehoming() {
  const box = $('#model-rehoming');
  const rehoming = state.rehoming;
  box.hidden = !rehoming;
  if (!rehoming) {
    return;
  }
  const view = rehoming.view;
  const text = [t('models.rehome.needed', { place: view.locality.name || view.locality.commune, from: view.effectiveFrom })];
  if (view.divided) {
    text.push(t('models.rehome.divided'));
  }
  const targets = [];
  [view.suggestion, ...(view.alternatives || [])].filter(Boolean).forEach((target) => {
    if (!targets.some((one) => one.commune === target.commune && one.province === target.province)) {
      targets.push(target);
    }
  });
  if (!targets.length) {
    text.push(t('models.rehome.anyCommune'));
  }
  $('#model-rehoming-text').textContent = text.join(' ');
  $('#m-rehome-to').replaceChildren(...targets.map((target) => {
    const suggested = view.suggestion && view.suggestion.commune === target.commune;
    const choice = option(`${target.province}:${target.commune}`,
      suggested ? t('models.rehome.suggested', { name: target.name }) : target.name);
    return choice;
  }));
  $('#m-rehome-save').disabled = targets.length === 0;
}

function renderReports() {
  const open = state.open;
  const reports = open.reports || [];
  $('#model-reports tbody').replaceChildren(...reports.map((report) => {
    const row = document.createElement('tr');
    row.dataset.period = report.period;
    const period = document.createElement('td');
    period.textContent = report.period;
    row.append(period);
    [...COUNTS.map((name) => report[name]), report.membersAtPeriodEnd].forEach((value) => {
      const cell = document.createElement('td');
      cell.className = 'num';
      cell.textContent = value === null || value === undefined ? '' : String(value);
      row.append(cell);
    });
    return row;
  }));
  const reportsMessage = $('#model-reports-message');
  reportsMessage.hidden = reports.length > 0;
  reportsMessage.textContent = t('models.reports.empty');

  const missing = missingPeriods(open.model, reports);
  const { cadence, guessed } = cadenceOf(reports);
  const note = $('#model-due-note');
  if (open.model.status === 'DISSOLVED') {
    note.textContent = t('models.due.dissolved');
  } else if (!missing.length) {
    note.textContent = t('models.due.none');
  } else {
    note.textContent = guessed ? t('models.due.noteGuess', { day: ON_TIME_DAY })
      : t('models.due.note', { cadence: label('reportCadence', cadence), day: ON_TIME_DAY });
  }
  const shown = missing.slice(0, DUE_SHOWN).map((entry) => {
    const item = document.createElement('li');
    item.dataset.due = entry.state;
    item.dataset.period = entry.period;
    item.textContent = `${entry.period}: ${t(`models.due.${entry.state}`)}`;
    return item;
  });
  if (missing.length > DUE_SHOWN) {
    const more = document.createElement('li');
    more.textContent = t('models.due.more', { n: missing.length - DUE_SHOWN });
    shown.push(more);
  }
  $('#model-due').replaceChildren(...shown);
  $('#r-periods').replaceChildren(...missing.map((entry) => option(entry.period, t(`models.due.${entry.state}`))));

  const reportForm = $('#report-form');
  reportForm.hidden = false;
  const dissolved = open.model.status === 'DISSOLVED';
  $('#report-save').disabled = dissolved;
  if (dissolved) {
    $('#report-status').textContent = t('models.report.dissolved');
  }
  const period = $('#r-period');
  if (!state.editingReport && !period.value) {
    // The oldest late period first: that is the one the unit is asked about.
    const late = missing.filter((entry) => entry.state !== 'open');
    period.value = late.length ? late[late.length - 1].period : (missing[0] ? missing[0].period : '');
  }
}

async function changeStatus(event) {
  event.preventDefault();
  const form = $('#status-form');
  clearErrors(form);
  const open = state.open;
  if (!open) {
    return;
  }
  const body = { status: $('#m-status-to').value, reason: $('#m-status-reason').value.trim() || null };
  if (!body.status) {
    fieldError(form, 'status', t('form.required'));
    return;
  }
  const fingerprint = JSON.stringify({ id: open.model.id, version: open.model.version, body });
  if (!state.statusAttempt || state.statusAttempt.body !== fingerprint) {
    state.statusAttempt = { key: crypto.randomUUID(), body: fingerprint };
  }
  const stateText = $('#m-status-state');
  stateText.textContent = '';
  let answer;
  try {
    answer = await write(`models/v1/models/${encodeURIComponent(open.model.id)}/status`,
      body, { 'If-Match': open.etag || `"${open.model.version}"`, 'Idempotency-Key': state.statusAttempt.key });
  } catch (e) {
    formError(form, t('models.status.offline'));
    return;
  }
  if (answer.status >= 500 || answer.status === 408 || answer.status === 429) {
    formError(form, t('models.register.unavailable'));
    return;
  }
  state.statusAttempt = null;
  if (answer.status === 412) {
    await openModel(open.model.id, { focus: false });
    formError(form, t('models.status.stale'));
    return;
  }
  if (!answer.ok) {
    showProblem(form, answer.problem);
    return;
  }
  state.open = { ...open, model: answer.body, etag: answer.etag, at: null };
  keepModel(answer.body, answer.etag, open.reports);
  $('#m-status-reason').value = '';
  renderDetail();
  stateText.textContent = t('models.status.done');
  await loadList();
}

async function rehome(event) {
  event.preventDefault();
  const form = $('#rehome-form');
  clearErrors(form);
  const open = state.open;
  if (!open || !state.rehoming) {
    return;
  }
  const [province, commune] = $('#m-rehome-to').value.split(':');
  let answer;
  try {
    answer = await write(`models/v1/models/${encodeURIComponent(open.model.id)}/rehome`,
      { province, commune }, { 'If-Match': state.rehoming.etag || `"${state.rehoming.view.version}"` });
  } catch (e) {
    formError(form, t('models.rehome.offline'));
    return;
  }
  if (answer.status === 412) {
    await openModel(open.model.id, { focus: false });
    formError(form, t('models.status.stale'));
    return;
  }
  if (!answer.ok) {
    showProblem(form, answer.problem);
    return;
  }
  state.rehoming = null;
  state.open = { ...open, model: answer.body, etag: answer.etag, at: null };
  keepModel(answer.body, answer.etag, open.reports);
  renderDetail();
  $('#m-status-state').textContent = t('models.rehome.done', { name: answer.body.locality.name || answer.body.locality.commune });
  await loadList();
}

// ---- a report, through the outbox ----

function reportForm() {
  return $('#report-form');
}

function readReport() {
  const value = (name) => $(`#r-${name}`).value.trim();
  const number = (name) => (value(name) === '' ? null : Number(value(name)));
  const body = { period: value('period').toUpperCase() };
  COUNTS.forEach((name) => { body[name] = number(name); });
  body.membersAtPeriodEnd = number('membersAtPeriodEnd');
  body.notes = value('notes') || null;
  return body;
}

function checkReport(body) {
  const form = reportForm();
  let fine = true;
  if (!body.period) {
    fine = fieldError(form, 'period', t('form.required')) && false;
  } else if (!PERIOD.test(body.period)) {
    fine = fieldError(form, 'period', t('models.report.badPeriod')) && false;
  }
  if (body.membersAtPeriodEnd === null) {
    fine = fieldError(form, 'membersAtPeriodEnd', t('form.required')) && false;
  }
  [...COUNTS, 'membersAtPeriodEnd'].filter((name) => body[name] !== null
    && !(Number.isInteger(body[name]) && body[name] >= 0)).forEach((name) => {
    fine = fieldError(form, name, t('form.wholeNumber')) && false;
  });
  return fine;
}

function writeReport(body) {
  $('#r-period').value = body.period || '';
  [...COUNTS, 'membersAtPeriodEnd'].forEach((name) => {
    $(`#r-${name}`).value = body[name] === null || body[name] === undefined ? '' : body[name];
  });
  $('#r-notes').value = body.notes || '';
}

async function saveReport(event) {
  event.preventDefault();
  const form = reportForm();
  clearErrors(form);
  const open = state.open;
  if (!open) {
    return;
  }
  const body = readReport();
  if (!checkReport(body)) {
    formError(form, t('form.fix'));
    return;
  }
  // The body is exactly what POST /models/{id}/reports takes (model-service refuses unknown fields), so the model
  // it is for is kept beside it, on the outbox item (item.target), where this kind's path reads it.
  const target = { modelId: open.model.id, modelName: open.model.name };
  let seq;
  if (state.editingReport) {
    const item = await outbox.get(state.editingReport);
    seq = state.editingReport;
    // A corrected report is a new request (the refused one created nothing): a new key.
    await outbox.put({ ...(item || {}), seq, kind: KIND, body, target: item && item.target ? item.target : target,
      key: crypto.randomUUID(), state: 'pending', problem: null, savedAt: new Date().toISOString() });
  } else {
    // One write: the item and its target together, so that no sync can see it without its target.
    seq = await outbox.add(KIND, body, { target });
  }
  stopEditingReport();
  writeReport({});
  $('#report-status').textContent = t('models.report.saved');
  await context.syncNow();
  const after = await outbox.get(seq);
  if (after && after.state === 'refused') {
    editReport(after);
  }
}

async function editReport(item) {
  const id = item.target && item.target.modelId;
  if (!id) {
    return;
  }
  if (!state.open || state.open.model.id !== id) {
    await openModel(id, { focus: false });
  }
  state.editingReport = item.seq;
  writeReport(item.body);
  $('#report-cancel-edit').hidden = false;
  $('#report-status').textContent = t('models.report.editing');
  if (item.problem) {
    showProblem(reportForm(), item.problem);
  }
  $('#r-period').focus();
}

function stopEditingReport() {
  state.editingReport = null;
  $('#report-cancel-edit').hidden = true;
  $('#report-status').textContent = '';
  clearErrors(reportForm());
}

// ---- the module's life ----

export function setUp(given) {
  context = given;
  context.registerKind(KIND, {
    path: (item) => `models/v1/models/${encodeURIComponent(item.target.modelId)}/reports`,
    describe: (item) => `${item.target ? item.target.modelName : t('models.kind.describe')} · ${item.body.period}`,
    edit: (item) => {
      context.showView('models');
      editReport(item);
    },
  });
  registerForm().addEventListener('submit', register);
  $('#m-establishedOn').addEventListener('change', fillPlaces);
  $('#status-form').addEventListener('submit', changeStatus);
  $('#rehome-form').addEventListener('submit', rehome);
  reportForm().addEventListener('submit', saveReport);
  $('#report-cancel-edit').addEventListener('click', () => { stopEditingReport(); writeReport({}); });
  $('#model-filters').addEventListener('change', () => { state.page = 0; loadList(); });
  $('#model-filters').addEventListener('submit', (event) => { event.preventDefault(); });
  $('#model-prev').addEventListener('click', () => { state.page = Math.max(0, state.page - 1); loadList(); });
  $('#model-next').addEventListener('click', () => { state.page += 1; loadList(); });
}

/** The places have been loaded again: the communes offered are those of the new list. */
export function placesChanged() {
  if (context) {
    fillPlaces();
  }
}

export function render() {
  if (!context) {
    return;
  }
  fillChoices();
  renderList();
  if (state.open) {
    renderDetail();
  }
}

export async function start() {
  fillChoices();
  context.onSynced(async () => {
    // A report sent: the model's reports and what is still due change.
    if (state.open && state.open.at === null) {
      try {
        const reports = await loadReports(state.open.model.id);
        state.open = { ...state.open, reports };
        keepModel(state.open.model, state.open.etag, reports);
        renderDetail();
      } catch (e) {
        // Offline again: what is shown stays.
      }
    } else if (state.open) {
      await openModel(state.open.model.id, { focus: false });
    }
  });
  await loadTypes();
  await loadList();
  return context;
}
