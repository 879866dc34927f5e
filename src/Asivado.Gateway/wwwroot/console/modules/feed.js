// The alert feed: escalations (linked to their case, with when the step fell due) and call alerts (department,
// caller's number as the caller may see it, live waiting time, "Take call" while the call waits); the unread count.
// A call-waiting alert is shown only while the call waits: once anyone answers or takes it, or the caller hangs up,
// the server closes it on every console (call-alert-closed, or missing from the open escalations) and it goes.

import { announce } from "./alerts.js";
import { callerNumber, callOf, loadCall, takeCall } from "./calls.js";
import { $, el } from "./dom.js";
import { hubMessage, showError } from "./errors.js";
import { emit } from "./events.js";
import { state } from "./state.js";
import { serverNow } from "./clock.js";
import { formatInstant } from "./time-format.js";
import { noteEscalation, urgencyOfPush } from "./urgency.js";

export const alertKinds = new Set(["escalation", "call-waiting", "over-hold"]);
const shown = ({ push, open }) => open || push.kind !== "call-waiting";

/** A push of an alert kind: kept, counted unread while open, announced when it arrived live. */
export function addAlert(push, live) {
  noteEscalation(push);
  if (!state.feed.has(push.sequence)) {
    state.feed.set(push.sequence, { push, open: true, read: false });
    if (live) {
      announce(title(push), push.text ?? "", urgencyOfPush(push) === "breached");
    }
  }
  if (push.callId && !callOf(push.callId)) {
    loadCall(push.callId);
  }
  renderFeed();
}

/** The open escalations from GetMyCases: anything not among them was acknowledged (here or on another console). */
export function syncOpen(openEscalations) {
  const open = new Set(openEscalations.map((p) => p.sequence));
  for (const push of openEscalations) {
    if (!state.feed.has(push.sequence)) {
      addAlert(push, false);
    }
  }
  for (const [sequence, item] of state.feed) {
    item.open = open.has(sequence);
    item.read ||= !item.open;
  }
  renderFeed();
}

/** call-alert-closed: the call no longer waits, so its call-waiting alerts close here too. */
export function closeCallAlerts(callId) {
  for (const item of state.feed.values()) {
    if (item.push.kind === "call-waiting" && item.push.callId === callId) {
      item.open = false;
      item.read = true;
    }
  }
  renderFeed();
}

export function markCaseRead(caseId) {
  for (const item of state.feed.values()) {
    if (item.push.caseId === caseId) {
      item.read = true;
    }
  }
  renderFeed();
}

export function markAllRead() {
  for (const item of state.feed.values()) {
    item.read = true;
  }
  renderFeed();
}

function title(push) {
  if (push.kind === "escalation") {
    return `${push.level}${push.percentOfBudget != null ? ` ${push.percentOfBudget}%` : ""}: case ${push.caseId}, ${push.targetId}`;
  }
  return `${push.kind === "call-waiting" ? "Call waiting" : "Caller on hold too long"} at ${departmentName(push.departmentId)}`;
}

const departmentName = (id) => (id && id === state.profile?.departmentId ? state.profile.departmentName : id ?? "your department");

function renderItem({ push, open, read }) {
  const li = el("li", {
    testid: push.kind === "escalation" ? "escalation" : "call-alert",
    "data-sequence": String(push.sequence),
    "data-state": open ? "open" : "acknowledged",
    "data-read": read ? "read" : "unread",
    "data-level": push.level ?? "",
    "data-case-id": push.caseId ?? undefined,
    "data-call-id": push.callId ?? undefined,
  });
  li.append(el("strong", { text: title(push) }));
  if (push.kind === "escalation") {
    li.append(el("div", { text: `Fell due ${formatInstant(push.stepDueAt ?? push.at)}; deadline ${formatInstant(push.dueAt)}`, testid: "fell-due" }));
  } else {
    const call = callOf(push.callId);
    li.append(
      el("div", { text: callerNumber(call), testid: "caller-number" }),
      el("div", { text: "", class: "wait", testid: "waiting", "data-since": call?.offeredAt ?? push.stepDueAt ?? push.at }));
  }
  if (push.text) {
    li.append(el("div", { text: push.text }));
  }
  const actions = el("div", { class: "alert-actions" });
  if (push.caseId) {
    actions.append(el("button", {
      type: "button", class: "link", testid: "open-case-link", text: `Open case ${push.caseId}`,
      onclick: () => emit("open-case", push.caseId),
    }));
  }
  if (open && push.kind === "call-waiting") {
    const button = el("button", { type: "button", testid: "take-call-button", text: "Take call", "aria-label": `Take call ${push.callId}` });
    button.addEventListener("click", () => take(push, button));
    actions.append(button);
  } else if (open) {
    const button = el("button", { type: "button", testid: "acknowledge-button", text: "Acknowledge", "aria-label": `Acknowledge alert ${push.sequence}` });
    button.addEventListener("click", () => acknowledge(push, button));
    actions.append(button);
  } else {
    actions.append(el("span", { testid: "acknowledged", text: "Acknowledged" }));
  }
  li.append(actions);
  return li;
}

export function renderFeed() {
  const items = [...state.feed.values()].filter(shown).sort((a, b) => b.push.sequence - a.push.sequence);
  $("feed").replaceChildren(...items.map(renderItem));
  $("no-escalations").hidden = items.length > 0;
  const unread = items.filter((item) => item.open && !item.read).length;
  const badge = $("unread-count");
  badge.textContent = String(unread);
  badge.dataset.count = String(unread);
  $("unread-label").textContent = unread === 1 ? "1 unread alert" : `${unread} unread alerts`;
  document.title = unread > 0 ? `(${unread}) Asivado agent console` : "Asivado agent console";
  tickWaits();
}

export function tickWaits() {
  for (const element of document.querySelectorAll("#feed .wait")) {
    const since = Date.parse(element.dataset.since);
    if (!Number.isNaN(since)) {
      element.textContent = `Waiting ${Math.max(0, Math.floor((serverNow() - since) / 1000))} s`;
    }
  }
}

async function acknowledge(push, button) {
  button.disabled = true;
  try {
    await state.connection.invoke("AcknowledgeEscalation", push.sequence);
    const item = state.feed.get(push.sequence);
    if (item) {
      item.open = false;
      item.read = true;
    }
    renderFeed();
  } catch (error) {
    button.disabled = false;
    showError(hubMessage(error));
  }
}

async function take(push, button) {
  button.disabled = true;
  const taken = await takeCall(push.callId);
  $("feed-status").textContent = taken.ok ? taken.message : `Call ${push.callId} not taken: ${taken.message}`;
  if (taken.ok) {
    closeCallAlerts(push.callId);
  } else {
    button.disabled = false;
  }
}
