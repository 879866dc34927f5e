// The one SignalR connection to /hubs/console and the gap-free feed on it.
// On every (re)connect it calls Resume(lastSequence, epoch) and applies what it missed, then the live "push" messages
// that arrived meanwhile, dropping any sequence it already has. Pushes with sequence 0 are latest values (presence,
// queue notices), applied as they come. When Resume is truncated or names another epoch (the server's feed started
// again), "feed-restarted" tells the page to drop what it shows; "snapshot" then carries the server's routine state.
// Each applied push is emitted as "push"; the resumed handlers run after each completed Resume; "session-ended"
// when the token is refused.

import { syncClock } from "./clock.js";
import { $ } from "./dom.js";
import { hubMessage, showError } from "./errors.js";
import { emit } from "./events.js";
import { signedOutMessage } from "./session.js";
import { state } from "./state.js";

const feed = {
  epoch: null,            // the stream lastSequence belongs to (null until the first Resume)
  lastSequence: 0,
  resumed: false,         // live pushes wait in `early` until Resume has been applied
  early: [],
};

export function setStatus(text) {
  $("connection-status").textContent = text;
  document.body.dataset.connection = text;
}

export function isUnauthorized(error) {
  return error?.statusCode === 401 || /\b401\b/.test(String(error?.message ?? ""));
}

export const isResumed = () => feed.resumed;

export function resetFeed() {
  feed.epoch = null;
  feed.lastSequence = 0;
  feed.resumed = false;
  feed.early = [];
}

/** Connects; false when the hub refused (the caller ends the session). */
export async function connect() {
  let refused = false;
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(`/hubs/console?agentId=${encodeURIComponent(state.session.personId)}`, { accessTokenFactory: () => state.session.accessToken })
    // Keep retrying (a restarted server comes back), except when the token is refused: then sign in again.
    .withAutomaticReconnect({
      nextRetryDelayInMilliseconds: (context) => {
        // The client then closes without an error, so the refusal is remembered here.
        refused ||= isUnauthorized(context.retryReason);
        return refused ? null : Math.min(1000 * 2 ** context.previousRetryCount, 10000);
      },
    })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  state.connection = connection;
  connection.on("push", onPush);
  connection.onreconnecting(() => {
    feed.resumed = false;
    setStatus("Reconnecting…");
  });
  connection.onreconnected(() => resume());
  connection.onclose((error) => {
    if (state.connection !== connection) {
      return;
    }
    setStatus("Disconnected");
    emit("disconnected");
    if (refused || isUnauthorized(error)) {
      emit("session-ended", signedOutMessage);
    }
  });
  setStatus("Connecting…");
  try {
    await connection.start();
  } catch (error) {
    setStatus("Disconnected");
    // Never the server's raw answer (a problem-details body) in the page.
    emit("session-ended", isUnauthorized(error) ? signedOutMessage : "Could not connect to the server. Sign in again.");
    return false;
  }
  await resume();
  return true;
}

export async function disconnect() {
  const connection = state.connection;
  state.connection = null;
  if (connection) {
    await connection.stop();
  }
}

async function resume() {
  feed.resumed = false;
  try {
    const answer = await state.connection.invoke("Resume", feed.lastSequence, feed.epoch);
    const newStream = feed.epoch !== null && answer.epoch !== feed.epoch;
    if (answer.truncated || newStream) {
      emit("feed-restarted");
    }
    if (newStream) {
      feed.lastSequence = 0;
    }
    feed.epoch = answer.epoch;
    emit("snapshot", answer.snapshot);
    answer.pushes.forEach(apply);
    feed.lastSequence = Math.max(feed.lastSequence, answer.lastSequence);
    const early = feed.early.sort((a, b) => a.sequence - b.sequence);
    feed.early = [];
    early.forEach(apply);
    feed.resumed = true;
    await runResumed();
    setStatus("Connected");
  } catch (error) {
    showError(hubMessage(error));
  }
}

function onPush(push) {
  syncClock(push.at);
  if (push.sequence === 0) {
    emit("push", push, { live: true });
    return;
  }
  if (!feed.resumed) {
    feed.early.push(push);
    return;
  }
  apply(push);
}

function apply(push) {
  if (push.sequence <= feed.lastSequence) {
    return;
  }
  feed.lastSequence = push.sequence;
  emit("push", push, { live: feed.resumed });
}

const resumedHandlers = [];

/** Awaited after each Resume, before the status says Connected. */
export const onResumed = (handler) => resumedHandlers.push(handler);

async function runResumed() {
  for (const handler of resumedHandlers) {
    await handler();
  }
}
