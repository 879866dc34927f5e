// The case detail panel: facts (customer as redaction allows), every deadline with its due instant in the
// department's zone and the viewer's, its state and its explanation in plain words, and the history.
// Data: GET /api/cases/{id}, /guide and /history.

import { get } from "./api.js";
import { $, cell, el } from "./dom.js";
import { showActions } from "./case-actions.js";
import { markCaseRead } from "./feed.js";
import { state } from "./state.js";
import { formatInstant, formatInZone } from "./time-format.js";
import { noteCase } from "./urgency.js";

let opener = null; // where the keyboard was before the panel opened: it goes back there on close

export async function openCase(caseId) {
  if (!state.openCaseId) {
    opener = document.activeElement;
  }
  state.openCaseId = caseId;
  const panel = $("case-detail");
  panel.hidden = false;
  panel.dataset.caseId = caseId;
  $("case-id").textContent = caseId;
  $("case-load-status").textContent = `Loading case ${caseId}…`;
  panel.focus();
  markCaseRead(caseId);
  await reloadCase();
}

export function closeCase() {
  const wasOpen = state.openCaseId !== null;
  state.openCaseId = null;
  $("case-detail").hidden = true;
  if (wasOpen && opener?.isConnected) {
    opener.focus();
  }
  opener = null;
}

/** Reads the open case again (after an action, or a push about it). */
export async function reloadCase() {
  const caseId = state.openCaseId;
  if (!caseId) {
    return;
  }
  const path = `/api/cases/${encodeURIComponent(caseId)}`;
  const [view, guide, history] = await Promise.all([get(path), get(`${path}/guide`), get(`${path}/history`)]);
  if (state.openCaseId !== caseId) {
    return;
  }
  if (!view.ok || !guide.ok) {
    const failed = view.ok ? guide : view;
    $("case-load-status").textContent = `Case ${caseId} cannot be shown: ${failed.body?.detail ?? failed.body?.title ?? failed.status}`;
    $("case-detail").dataset.status = "";
    return;
  }
  noteCase(view.body);
  render(view.body, guide.body, history.ok ? history.body : []);
  $("case-load-status").textContent = `Case ${caseId}: ${view.body.status}${view.body.isPaused ? ", paused" : ""}.`;
}

function customer(view) {
  if (view.contactRedacted) {
    return "Not shown to you (you do not work this case)";
  }
  const contact = view.customer.contact;
  return [view.customer.name, contact.email, contact.phone, contact.postalAddress].filter(Boolean).join(", ");
}

/** What the acknowledgement told the customer; the message text only to those who may see the customer. */
function acknowledgement(ack, zone) {
  const named = ack.referredTo ? `: referred to ${ack.referredTo}, response by ${formatInZone(ack.expectedResponseAt, zone)}` : "";
  const message = ack.message?.body ? `\n\n${ack.message.subject ? `${ack.message.subject}\n\n` : ""}${ack.message.body}` : "";
  return `${ack.method} on ${formatInZone(ack.at, zone)}${named}${message}`;
}

function render(view, guide, history) {
  $("case-detail").dataset.status = view.status;
  const facts = [
    ["Subject", view.subject],
    ["Customer", customer(view)],
    ["Channel", view.channel],
    ["Kind", view.kind],
    ["Status", `${view.status}${view.isPaused ? " (paused)" : ""}`],
    ["Owner", view.assigneeId ?? "not assigned (in the queue)"],
    ["Department", `${view.departmentId} (times in ${guide.timeZoneId})`],
    ["Received", `${formatInZone(view.receivedAt, guide.timeZoneId)}; your time ${formatInstant(view.receivedAt)}`],
    ["Description", view.description],
  ];
  if (view.acknowledgement) {
    facts.push(["Acknowledgement", acknowledgement(view.acknowledgement, guide.timeZoneId)]);
  }
  if (view.outcome) {
    facts.push(["Outcome", `${view.outcome.kind}: ${view.outcome.summary}`]);
  }
  $("case-facts").replaceChildren(...facts.flatMap(([term, value]) => [el("dt", { text: term }), el("dd", { text: value, "data-fact": term.toLowerCase() })]));

  const words = new Map(guide.deadlines.map((d) => [d.targetId, d.explanation]));
  $("case-deadlines-body").replaceChildren(...view.deadlines.map((d) => {
    const zone = d.explanation?.timeZoneId ?? guide.timeZoneId;
    return el("tr", { testid: "case-deadline", "data-target-id": d.targetId, "data-state": d.state },
      cell(d.title),
      cell(formatInZone(d.dueAt, zone)),
      cell(formatInstant(d.dueAt)),
      cell(d.settledAt ? `${d.state} (${formatInstant(d.settledAt)})` : d.state, { "data-testid": "deadline-state" }),
      cell(words.get(d.targetId) ?? "", { "data-testid": "deadline-explanation" }));
  }));

  $("case-history").replaceChildren(...history.map((entry) => el("li", { testid: "history-entry", "data-action": entry.action },
    el("time", { datetime: entry.at, text: formatInstant(entry.at) }),
    ` ${entry.action} by ${entry.actorId} (${entry.actorRole})${entry.reason ? `: ${entry.reason}` : ""}`)));

  showActions(view, guide);
}
