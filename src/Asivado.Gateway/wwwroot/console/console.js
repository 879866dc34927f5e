// The agent console: sign in (demo), then one SignalR connection to /hubs/console (modules/connection.js).
// Everything live comes from the agent's persisted, gap-free feed; a case's detail and its actions use the HTTP API.
// Countdowns run on the server's clock (offset learnt from the server's answers), updated every second.

import { setUpAlerts } from "./modules/alerts.js";
import { setUpActions } from "./modules/case-actions.js";
import { closeCase, openCase, reloadCase } from "./modules/case-detail.js";
import { connect, disconnect, isResumed, onResumed, resetFeed, setStatus } from "./modules/connection.js";
import { $ } from "./modules/dom.js";
import { hubMessage, showError } from "./modules/errors.js";
import { on } from "./modules/events.js";
import { addAlert, alertKinds, closeCallAlerts, markAllRead, renderFeed, tickWaits } from "./modules/feed.js";
import { followCase, renderCases, renderQueue, renderTeam, tick } from "./modules/lists.js";
import { refreshAll, scheduleRefresh } from "./modules/refresh.js";
import { startRenewal, stopRenewal } from "./modules/renewal.js";
import { forgetSession, loadPeople, savedSession, signIn } from "./modules/session.js";
import { state } from "./modules/state.js";
import { viewerZone } from "./modules/time-format.js";
import { forgetUrgency } from "./modules/urgency.js";

const caseKinds = new Set(["case-assigned", "case-unassigned", "case-changed"]);

function onPush(push, { live }) {
  if (alertKinds.has(push.kind)) {
    addAlert(push, live);
    tick();
  } else if (push.kind === "presence-changed" && push.text) {
    showPresence(push.text);
  } else if (push.kind === "call-alert-closed") {
    closeCallAlerts(push.callId);
    scheduleRefresh(isResumed);
  } else if (caseKinds.has(push.kind) || push.kind === "queue-changed" || push.kind === "escalation-acknowledged" || push.kind === "at-risk") {
    if (push.kind === "case-changed") {
      followCase(push);
    }
    scheduleRefresh(isResumed);
  }
  if (push.caseId && push.caseId === state.openCaseId && push.kind !== "queue-changed") {
    reloadCase();
  }
}

function showPresence(presence) {
  $("presence").value = presence;
  if (state.profile) {
    state.profile.presence = presence;
  }
}

// The server's feed started again (or missed pushes can no longer be had): what the page shows may be another
// stream's, so it is dropped; the snapshot and the lists reloaded after Resume show the server's state.
function onFeedRestarted() {
  state.feed.clear();
  forgetUrgency();
  renderFeed();
}

function onSnapshot(snapshot) {
  showPresence(snapshot.presence);
  for (const push of snapshot.openEscalations) {
    addAlert(push, false);
  }
}

// Countdowns and waiting times are live only while connected.
function tickLive() {
  if (document.body.dataset.connection !== "Disconnected") {
    tick();
    tickWaits();
  }
}

async function openConsole() {
  $("sign-in").hidden = true;
  $("console").hidden = false;
  $("who").textContent = `Signed in as ${state.session.personId} (${state.session.role}, ${state.session.departmentId})`;
  startRenewal();
  await connect();
}

async function endSession(message) {
  stopRenewal();
  forgetSession();
  state.connection = null;
  state.session = null;
  state.profile = null;
  state.cases = [];
  state.queue = [];
  state.teamCases = [];
  state.feed.clear();
  resetFeed();
  forgetUrgency();
  closeCase();
  // Nothing of the ended session stays on the page, no countdown that is no longer live.
  renderCases();
  renderQueue();
  renderTeam();
  renderFeed();
  $("console").hidden = true;
  $("sign-in").hidden = false;
  showError(message);
  await loadPeople();
}

async function signOut() {
  stopRenewal();
  forgetSession();
  await disconnect();
  location.reload();
}

async function setPresence() {
  const select = $("presence");
  try {
    const view = await state.connection.invoke("SetPresence", select.value);
    if (state.profile) {
      state.profile.presence = view.presence;
    }
    // Shown once the server has recorded it (and told the department), not on the push that precedes that.
    $("presence-status").textContent = `Presence set to ${view.presence}.`;
    showError("");
  } catch (error) {
    select.value = state.profile?.presence ?? "Offline";
    showError(hubMessage(error));
  }
}

async function start() {
  $("viewer-zone").textContent = `Times in your zone, ${viewerZone}`;
  if (!window.signalR) {
    $("library-missing").hidden = false;
    $("sign-in-form").querySelector("button").disabled = true;
    setStatus("Client library missing");
    return;
  }
  on("push", onPush);
  on("feed-restarted", onFeedRestarted);
  on("snapshot", onSnapshot);
  on("session-ended", endSession);
  on("open-case", (caseId) => openCase(caseId));
  on("refresh", () => scheduleRefresh(isResumed));
  on("call-loaded", () => {
    renderCases();
    renderFeed();
  });
  on("case-changed", async () => {
    await reloadCase();
    scheduleRefresh(isResumed);
  });
  onResumed(refreshAll);
  setUpActions();
  setUpAlerts();
  $("sign-in-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    if (await signIn()) {
      await openConsole();
    }
  });
  $("sign-out").addEventListener("click", signOut);
  $("presence").addEventListener("change", setPresence);
  $("team-refresh").addEventListener("click", () => refreshAll());
  $("mark-read").addEventListener("click", markAllRead);
  $("case-close").addEventListener("click", closeCase);
  renderFeed();
  setInterval(tickLive, 1000);
  state.session = savedSession();
  if (state.session) {
    await openConsole();
    return;
  }
  await loadPeople();
}

start();
