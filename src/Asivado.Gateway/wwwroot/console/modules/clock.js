// The server's clock: countdowns and defaults ("told at: now") use it, learnt from the server's answers.

let offsetMs = 0; // server time minus browser time

export const serverNow = () => Date.now() + offsetMs;

export function syncClock(serverTime) {
  const at = Date.parse(serverTime);
  if (!Number.isNaN(at)) {
    offsetMs = at - Date.now();
  }
}
