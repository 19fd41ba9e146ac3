// What the workspace's forms share: choices and buttons, the service's problem shown field by field beside the field
// it is about (in the person's language, as the service wrote it), and calls to the services through the portal's
// relay with the anti-forgery token and the person's language.
import { knownCodes, label, language } from '../../../dashboard/assets/js/i18n.js';

export const RELAY = '../api/';
const LEVELS = { commune: 'COMMUNE', district: 'DISTRICT', province: 'PROVINCE' };

/** The person's own unit: the most specific code of their locality, its level, and its parents' codes. */
export function placeOf(person) {
  const place = person && person.place;
  if (!place || !place.province) {
    return null;
  }
  const level = place.commune ? 'commune' : place.district ? 'district' : 'province';
  return { code: place[level], level: LEVELS[level], province: place.province, district: place.district || null,
    commune: place.commune || null };
}

/** A check box for each agency but the person's own (partner agencies), keeping those already checked. */
export function fillPartners(container, person) {
  const checked = new Set([...container.querySelectorAll('input:checked')].map((box) => box.value));
  const own = person && person.agency ? person.agency.code : null;
  container.replaceChildren(...knownCodes('agency').filter((code) => code !== own).map((code) => {
    const box = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = 'partnerAgencies';
    input.value = code;
    input.checked = checked.has(code);
    box.append(input, label('agency', code));
    return box;
  }));
}

export function option(value, text) {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = text;
  return element;
}

export function button(text, action, className = 'button small') {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = text;
  element.addEventListener('click', action);
  return element;
}

/** The words of a coded value ({ code, vi, en }) in the person's language. */
export function words(coded) {
  return coded ? coded[language()] || coded.code || '' : '';
}

/** The id of a field's message: error-{name} in the activity form, {form's data-errors}-error-{name} in the others. */
function errorId(form, name) {
  return form.dataset.errors ? `${form.dataset.errors}-error-${name}` : `error-${name}`;
}

export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((element) => element.remove());
  form.querySelectorAll('[aria-invalid]').forEach((element) => {
    element.removeAttribute('aria-invalid');
    element.removeAttribute('aria-describedby');
  });
  const general = form.querySelector('.form-error');
  if (general) {
    general.hidden = true;
    general.textContent = '';
  }
}

/** Shows a message beside the field it is about (an API field name: participants, locality.commune, ...). */
export function fieldError(form, field, message) {
  const name = String(field || '').split(/[.[]/)[0];
  const holder = form.querySelector(`[data-field="${name}"]`);
  if (!holder) {
    return false;
  }
  const control = holder.querySelector('input, select, textarea');
  const id = errorId(form, name);
  let note = document.getElementById(id);
  if (!note) {
    note = document.createElement('span');
    note.id = id;
    note.className = 'field-error';
    holder.append(note);
  }
  note.textContent = note.textContent ? `${note.textContent} ${message}` : message;
  if (control) {
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', id);
  }
  return true;
}

/** A general message for the form (its .form-error element). */
export function formError(form, text) {
  const general = form.querySelector('.form-error');
  if (general) {
    general.textContent = text;
    general.hidden = !text;
  }
}

/** The service's problem (RFC 9457 with errors[] of { field, message }): each error beside its field, the rest on top. */
export function showProblem(form, problem) {
  clearErrors(form);
  const unplaced = (problem.errors || []).filter((error) => !fieldError(form, error.field, error.message));
  formError(form, [problem.detail || problem.title, ...unplaced.map((error) => error.message)].filter(Boolean).join(' '));
}

/**
 * Calls a service through the relay: request(person, 'PUT', 'events/v1/activities/42', body, { 'If-Match': '"3"' }).
 * Returns { status, ok, body (parsed JSON or null), etag, problem (for a non-2xx: { status, ...the problem }) }; a
 * redirect to sign-in (the session ended) is a 401; a network failure throws.
 */
export async function request(person, method, path, body, extra = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': language(), ...extra };
  if (body !== undefined && body !== null) {
    headers['Content-Type'] = 'application/json';
  }
  const csrf = person && person.csrf;
  if (csrf && method !== 'GET') {
    headers[csrf.headerName] = csrf.token;
  }
  const response = await fetch(`${RELAY}${path}`, {
    method, headers, body: body === undefined || body === null ? undefined : JSON.stringify(body),
    redirect: 'manual', cache: 'no-store',
  });
  if (response.type === 'opaqueredirect') {
    return { status: 401, ok: false, body: null, etag: null, problem: { status: 401 } };
  }
  let parsed = null;
  try {
    parsed = response.status === 204 ? null : await response.json();
  } catch (e) {
    // No JSON body: the status is all there is.
  }
  return {
    status: response.status, ok: response.ok, body: response.ok ? parsed : null, etag: response.headers.get('ETag'),
    problem: response.ok ? null : { status: response.status, ...(parsed || {}) },
  };
}
