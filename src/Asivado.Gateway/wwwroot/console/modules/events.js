// A tiny event bus, so the connection knows nothing of what the page does with a push.

const handlers = new Map();

export function on(name, handler) {
  if (!handlers.has(name)) {
    handlers.set(name, []);
  }
  handlers.get(name).push(handler);
}

export function emit(name, ...args) {
  for (const handler of handlers.get(name) ?? []) {
    handler(...args);
  }
}
