// The workspace's awards view (#awards). setUp(context) once, render() whenever the language changes, start() once the person
// is signed in. context: person(), registerKind(kind, { path, describe, edit }), save(kind, body), syncNow(),
// onSynced(listener), showView(name).

let context = null;

export function setUp(given) {
  context = given;
}

export function render() {
}

export function start() {
  return context;
}
