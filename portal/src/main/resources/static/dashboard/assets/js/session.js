// The signed-in person, as the portal knows them: the page holds no token. The portal keeps the person's tokens in
// its server-side session and relays the page's calls with them; /api/session says who is signed in (each code with
// its words in both languages) and gives the anti-forgery token that signing out needs.

export class SessionEnded extends Error {}

/** Who is signed in; with a language, the portal switches to it first (and remembers it in its cookie). */
export async function current(lang) {
  const query = lang ? `?lang=${encodeURIComponent(lang)}` : '';
  const response = await fetch(`../api/session${query}`, {
    headers: { Accept: 'application/json' },
    cache: 'no-store',
    redirect: 'manual',
  });
  if (response.status === 401 || response.type === 'opaqueredirect') {
    throw new SessionEnded();
  }
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  return response.json();
}

/** Back through the portal's sign-in, which returns to this page. */
export function signInAgain() {
  window.location.reload();
}

/** Ends the session at the portal and at the identity provider (a form POST with the anti-forgery token). */
export function signOut(person) {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = '../logout';
  if (person && person.csrf) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = person.csrf.parameterName;
    input.value = person.csrf.token;
    form.appendChild(input);
  }
  document.body.appendChild(form);
  form.submit();
}

/** The platform's catalogue of words and colours for codes (the portal's /api/vocabulary). */
export async function vocabulary() {
  const response = await fetch('../api/vocabulary', { headers: { Accept: 'application/json' }, redirect: 'manual' });
  if (response.status === 401 || response.type === 'opaqueredirect') {
    throw new SessionEnded();
  }
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  return response.json();
}
