// The services' APIs as the page calls them, through the portal's relay (/api/{service}/..., which adds the person's
// access token) with the reader's language; problems (RFC 9457, already in that language) become ApiError with the
// server's own words.
import { language } from './i18n.js';

const RELAY = '../api/';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GET analytics-service's /api/v1/analytics/{path}?{params}; params with an empty value are left out. */
export function get(path, params = {}) {
  return getFrom('analytics', `v1/analytics/${path}`, params);
}

/** GET a service's /api/{path}?{params} (service: events, models, awards, analytics). */
export async function getFrom(service, path, params = {}) {
  const query = new URLSearchParams();
  Object.entries(params).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== '') {
      query.append(name, value);
    }
  });
  const url = `${RELAY}${service}/${path}` + (query.toString() ? `?${query}` : '');
  const response = await fetch(url, {
    headers: { Accept: 'application/json', 'Accept-Language': language() },
    cache: 'no-store',
  });
  if (!response.ok) {
    let detail = `HTTP ${response.status}`;
    try {
      const problem = await response.json();
      const fields = (problem.errors || []).map((e) => (e.field ? `${e.field}: ${e.message}` : e.message));
      detail = [problem.detail || problem.title, ...fields].filter(Boolean).join(' – ') || detail;
    } catch (e) {
      // No problem body (e.g. a proxy's page): the status says enough.
    }
    throw new ApiError(response.status, detail);
  }
  return response.json();
}
