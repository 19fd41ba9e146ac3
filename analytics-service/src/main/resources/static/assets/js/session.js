// The signed-in user: the bearer token pasted at sign-in, kept in this tab's sessionStorage only, and the claims
// it carries (the server checks the signature; the page only reads the claims to say who is signed in).

const KEY = 'antq.dashboard.token';

class UnreadableToken extends Error {}

/** The claims of a JWT (its middle part, base64url JSON); throws UnreadableToken for anything else. */
export function claimsOf(token) {
  const parts = (token || '').trim().split('.');
  if (parts.length !== 3) {
    throw new UnreadableToken('not a JWT');
  }
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(parts[1].length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof claims !== 'object' || claims === null) {
      throw new UnreadableToken('claims are not an object');
    }
    return claims;
  } catch (e) {
    throw new UnreadableToken(e.message);
  }
}

export function isExpired(claims, now = Date.now()) {
  return typeof claims.exp === 'number' && claims.exp * 1000 <= now;
}

export function token() {
  return sessionStorage.getItem(KEY);
}

export function signIn(text) {
  sessionStorage.setItem(KEY, text.trim());
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}
