// Renews the access token before it expires (POST /api/auth/refresh), so that the hub connection, which the server
// closes when its token expires, reconnects with the new one. A refused renewal ends the session.

import { serverNow } from "./clock.js";
import { emit } from "./events.js";
import { saveSession, signedOutMessage } from "./session.js";
import { state } from "./state.js";

const retryMs = 5000;
let timer = 0;

/** The token's expiry (its "exp" claim), in ms since the epoch on the server's clock; NaN when unreadable. */
function expiryOf(token) {
  try {
    const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    return JSON.parse(atob(payload)).exp * 1000;
  } catch {
    return Number.NaN;
  }
}

/** Schedules the next renewal at four fifths of the time the current token has left. */
export function startRenewal() {
  stopRenewal();
  const left = expiryOf(state.session?.accessToken ?? "") - serverNow();
  if (Number.isNaN(left)) {
    return;
  }
  timer = setTimeout(renew, Math.max(0, left * 0.8));
}

export function stopRenewal() {
  clearTimeout(timer);
  timer = 0;
}

async function renew() {
  timer = 0;
  const session = state.session;
  if (!session) {
    return;
  }
  let response;
  try {
    response = await fetch("/api/auth/refresh", { method: "POST", headers: { Authorization: `Bearer ${session.accessToken}` } });
  } catch {
    timer = setTimeout(renew, retryMs); // the server is away: try again while the token lasts
    return;
  }
  if (state.session !== session) {
    return;
  }
  if (response.status === 401 || response.status === 403) {
    emit("session-ended", signedOutMessage);
    return;
  }
  if (!response.ok) {
    timer = setTimeout(renew, retryMs);
    return;
  }
  const body = await response.json();
  saveSession({ ...session, accessToken: body.accessToken });
  startRenewal();
}
