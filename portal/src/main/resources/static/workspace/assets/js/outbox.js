// The outbox on this device (IndexedDB): every record saved is kept here with the Idempotency-Key given when it was
// saved, and sent from here, in the order saved, when there is a network. An item leaves the outbox only when the
// service accepted it (2xx: created, or the replay of one already created with the same key). A refusal keeps it,
// with the service's problem, until the person corrects or discards it. One sync at a time across this browser's
// tabs (navigator.locks); the key makes a record sent twice count once anyway. A phone may be shared: each item belongs
// to the person who saved it, and only that person sees it and sends it, under their own session.

const DB = 'antq-workspace';
const STORE = 'outbox';
const LOCK = 'antq-workspace-outbox';

let owner = null;

/** Whose outbox this page shows and sends: the signed-in person's username. */
export function setOwner(username) {
  owner = username || null;
}

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: 'seq', autoIncrement: true });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run(mode, work) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const result = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

function all() {
  return run('readonly', (store) => store.getAll());
}

/** Whether the item is the current person's (before anyone is known, every item is shown as waiting). */
function mine(item) {
  return owner === null || !item.owner || item.owner === owner;
}

/** The person's items, in the order saved: { seq, key, kind, body, owner, savedAt, state ('pending'|'refused'), problem }. */
export async function items() {
  return (await all()).filter(mine);
}

/**
 * In one read: the person's items and how many other people saved on this device (theirs are sent when they sign in
 * here).
 */
export async function onDevice() {
  const every = await all();
  const own = every.filter(mine);
  return { items: own, others: every.length - own.length };
}

/**
 * Saves a new record (its Idempotency-Key given now) and returns its seq; fields are kept beside it on the item, in
 * the same write (e.g. a model report's target: the model it is for, which its body does not name).
 */
export function add(kind, body, fields = {}) {
  const item = { ...fields, key: crypto.randomUUID(), kind, body, owner, savedAt: new Date().toISOString(),
    state: 'pending' };
  return run('readwrite', (store) => store.add(item));
}

/** Replaces an item (a corrected body goes again, pending, under the same key only when unchanged). */
export function put(item) {
  return run('readwrite', (store) => store.put(item));
}

export function remove(seq) {
  return run('readwrite', (store) => store.delete(seq));
}

export async function get(seq) {
  return run('readonly', (store) => store.get(seq));
}

/**
 * Sends the pending items in order with send(item) -> { status, problem }: a 2xx removes the item; a 401 stops
 * ('signin'); a 5xx, 408 or 429 stops ('unavailable'), the item still pending; another refusal (4xx: invalid, a locked
 * month's 409) marks the item refused with its problem and goes on; a network failure (send throws) stops
 * ('offline'), leaving the rest queued. Returns 'done', 'offline', 'unavailable', 'signin' or 'busy' (another tab
 * is sending).
 */
export function sync(send) {
  const locked = (work) => (navigator.locks
    ? navigator.locks.request(LOCK, { ifAvailable: true }, (lock) => (lock ? work() : 'busy'))
    : work());
  return locked(async () => {
    for (const item of await items()) {
      if (item.state !== 'pending') {
        continue;
      }
      let answer;
      try {
        answer = await send(item);
      } catch (e) {
        return 'offline';
      }
      if (answer.status >= 200 && answer.status < 300) {
        await remove(item.seq);
      } else if (answer.status === 401) {
        return 'signin';
      } else if (answer.status >= 500 || answer.status === 408 || answer.status === 429) {
        // The service could not answer now (down, overloaded, timed out): nothing was refused, try again later.
        return 'unavailable';
      } else {
        await put({ ...item, state: 'refused', problem: answer.problem, refusedAt: new Date().toISOString() });
      }
    }
    return 'done';
  });
}
