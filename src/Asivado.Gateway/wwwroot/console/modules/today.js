// For leads, "Department today": the department's people with presence and load, today's compliance per target, and
// the cases the breach forecast expects to breach, each with the forecast's reason and a link to the case.

import { $, cell, el } from "./dom.js";
import { emit } from "./events.js";
import { state } from "./state.js";
import { formatInstant } from "./time-format.js";

const percent = (value) => (value === null || value === undefined ? "—" : `${Math.round(value)} %`);

export function renderToday() {
  const today = state.today;
  $("today").hidden = !state.profile?.isLead || !today;
  if (!today) {
    return;
  }
  const available = today.agents.filter((a) => a.presence === "Available").length;
  $("today-summary").textContent =
    `${today.queueLength} waiting in the queue; ${available} of ${today.agents.length} people available; ${today.handlingBasis}.`;
  $("today-agents-body").replaceChildren(...today.agents.map((a) => el("tr", { testid: "today-agent", "data-agent-id": a.id },
    cell(a.name),
    cell(a.presence),
    cell(`${a.load} of ${a.capacity}`))));
  $("today-compliance-body").replaceChildren(...today.compliance.map((t) => el("tr", { testid: "today-target", "data-target-id": t.targetId },
    cell(t.targetId),
    cell(String(t.met)),
    cell(String(t.breached)),
    cell(percent(t.compliancePercent)))));
  $("today-compliance-empty").hidden = today.compliance.length > 0;
  $("today-risk-body").replaceChildren(...today.atRisk.map((c) => el("tr", { testid: "at-risk-case", "data-case-id": c.caseId },
    cell(el("button", {
      type: "button", class: "link", testid: "open-case", text: c.caseId, "aria-label": `Open case ${c.caseId}`,
      onclick: () => emit("open-case", c.caseId),
    })),
    cell(c.targetId ?? "—"),
    cell(formatInstant(c.dueAt)),
    cell(c.expectedFinish ? formatInstant(c.expectedFinish) : "no agent available"),
    cell(c.why))));
  $("today-risk-empty").hidden = today.atRisk.length > 0;
}
