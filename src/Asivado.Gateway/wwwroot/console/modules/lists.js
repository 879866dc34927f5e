// My cases, the department queue and (for leads) the department's open cases: each sorted by time left, each case
// opens in the detail panel, each countdown coloured by the escalation ladder.

import { isCallWork, renderHeldCalls } from "./calls.js";
import { $, cell, el } from "./dom.js";
import { hubMessage, showError } from "./errors.js";
import { emit } from "./events.js";
import { state } from "./state.js";
import { formatInstant, formatLeft } from "./time-format.js";
import { forgetCase, urgencyOf, urgencyWords } from "./urgency.js";

const byTimeLeft = (a, b) => (a.nextDueAt ? Date.parse(a.nextDueAt) : Infinity) - (b.nextDueAt ? Date.parse(b.nextDueAt) : Infinity);

const openButton = (caseId) => el("button", {
  type: "button", class: "link", testid: "open-case", text: caseId, "aria-label": `Open case ${caseId}`,
  onclick: () => emit("open-case", caseId),
});

const countdown = (caseId, dueAt) => cell("", { class: "countdown", "data-testid": "countdown", "data-due": dueAt ?? "", "data-case-id": caseId });

/** My cases; the calls I hold are shown apart ("On the phone"). */
export function renderCases() {
  const cases = state.cases.filter((work) => !isCallWork(work));
  $("my-cases-body").replaceChildren(...cases.sort(byTimeLeft).map((c) => el("tr", { testid: "my-case", "data-case-id": c.workId },
    cell(openButton(c.workId)),
    cell(c.subject),
    cell(c.channel),
    cell(formatInstant(c.nextDueAt)),
    countdown(c.workId, c.nextDueAt))));
  $("no-cases").hidden = cases.length > 0;
  renderHeldCalls();
  tick();
}

/**
 * A case-changed push names the case's next deadline after the change: the row follows it at once (the lists are
 * read again after it too). A deadline that moved starts its urgency afresh; the case detail, when open, re-reads it.
 */
export function followCase(push) {
  const carried = state.cases.find((work) => work.workId === push.caseId);
  if (!carried || carried.nextDueAt === (push.dueAt ?? null)) {
    return;
  }
  carried.nextDueAt = push.dueAt ?? null;
  forgetCase(push.caseId);
  renderCases();
}

export function renderQueue() {
  $("queue-body").replaceChildren(...[...state.queue].sort(byTimeLeft).map((entry) => {
    const claim = el("button", { type: "button", testid: "claim-button", text: "Claim", "aria-label": `Claim case ${entry.caseId}` });
    claim.addEventListener("click", () => claimCase(entry.caseId, claim));
    return el("tr", { testid: "queue-entry", "data-case-id": entry.caseId },
      cell(openButton(entry.caseId)),
      cell(entry.subject),
      cell(entry.channel),
      countdown(entry.caseId, entry.nextDueAt),
      cell(claim));
  }));
  $("queue-empty").hidden = state.queue.length > 0;
  tick();
}

export function renderTeam() {
  $("team").hidden = !state.profile?.isLead;
  if (!state.profile?.isLead) {
    return;
  }
  $("team-body").replaceChildren(...[...state.teamCases].sort(byTimeLeft).map((c) => el("tr", { testid: "team-case", "data-case-id": c.caseId },
    cell(openButton(c.caseId)),
    cell(c.subject),
    cell(c.assigneeId ?? "queued"),
    countdown(c.caseId, c.nextDueAt))));
  $("team-empty").hidden = state.teamCases.length > 0;
  tick();
}

/** Every second: countdown text and urgency class (50/75/90 % of the budget, breached). */
export function tick() {
  for (const element of document.querySelectorAll(".countdown")) {
    const { text, overdue } = formatLeft(element.dataset.due);
    const urgency = urgencyOf(element.dataset.caseId, overdue);
    element.textContent = urgency ? `${text} (${urgencyWords[urgency]})` : text;
    element.classList.toggle("overdue", overdue);
    if (urgency) {
      element.dataset.urgency = urgency;
    } else {
      delete element.dataset.urgency;
    }
  }
}

async function claimCase(caseId, button) {
  button.disabled = true;
  try {
    await state.connection.invoke("ClaimCase", caseId);
    emit("refresh");
  } catch (error) {
    button.disabled = false;
    showError(hubMessage(error));
  }
}
