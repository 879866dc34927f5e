// The one SignalR connection to /hubs/console and the gap-free feed on it.
// On every (re)connect it calls Resume(lastSequence) and applies what it missed, then the live "push" messages that
// arrived meanwhile, dropping any sequence it already has. Each applied push is emitted as "push"; "resumed" follows
// each completed Resume; "session-ended" when the token is refused.

import { syncClock } from "./clock.js";
import { $ } from "./dom.js";
import { hubMessage, showError } from "./errors.js";
import { emit } from "./events.js";
import { state } from "./state.js";

const feed = {
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
  feed.lastSequence = 0;
  feed.resumed = false;
  feed.early = [];
}

/** Connects; false when the hub refused (the caller ends the session). */
export async function connect() {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(`/hubs/console?agentId=${encodeURIComponent(state.session.personId)}`, { accessTokenFactory: () => state.session.accessToken })
    // Keep retrying (a restarted server comes back), except when the token is refused: then sign in again.
    .withAutomaticReconnect({
      nextRetryDelayInMilliseconds: (context) => (isUnauthorized(context.retryReason) ? null : Math.min(1000 * 2 ** context.previousRetryCount, 10000)),
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
    if (isUnauthorized(error)) {
      emit("session-ended", "Your session has ended: sign in again.");
    }
  });
  setStatus("Connecting…");
  try {
    await connection.start();
  } catch (error) {
    setStatus("Disconnected");
    emit("session-ended", `Could not connect: ${hubMessage(error)}. Sign in again.`);
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
    const missed = await state.connection.invoke("Resume", feed.lastSequence);
    missed.forEach(apply);
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
