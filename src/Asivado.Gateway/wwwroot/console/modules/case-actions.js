// The actions on the open case, each a form posting to the HTTP API (POST /api/cases/{id}/{action}); reassign (a
// lead's) goes through the hub. Only the actions the case's state allows are shown (the guide's allowedActions).
// The page does not validate: the API does, and its field errors are shown beside the field that is wrong.

import { post } from "./api.js";
import { serverNow } from "./clock.js";
import { $, option } from "./dom.js";
import { hubMessage } from "./errors.js";
import { emit } from "./events.js";
import { clearFieldErrors, prepareFieldErrors, showFieldErrors } from "./field-errors.js";
import { state } from "./state.js";
import { fromLocalInput, toLocalInput } from "./time-format.js";

const contactMethods = ["Verbal", "Email", "Phone", "Post", "CallBack", "TicketReply"];
const value = (id) => $(id).value;
const text = (id) => value(id).trim();
const instant = (id) => fromLocalInput(value(id)) || null;
const optional = (id) => text(id) || undefined;

/** Each action's body, read from its form. */
const bodies = {
  acknowledge: () => ({ method: value("ack-method") || null }),
  refer: () => ({ departmentId: text("refer-department"), ownerId: optional("refer-owner"), committedDueAt: instant("refer-due") ?? undefined, note: optional("refer-note") }),
  respond: () => ({ summary: text("respond-summary") }),
  extend: () => ({ newDueAt: instant("extend-due"), reason: text("extend-reason"), notice: { toldAt: instant("notice-at"), method: value("notice-method") || null, toldBy: text("notice-by") } }),
  pause: () => ({ reason: text("pause-reason") }),
  resume: () => ({}),
  resolve: () => ({ resolution: text("resolve-resolution"), onFirstContact: $("resolve-first").checked }),
  decline: () => ({ reasons: value("decline-reasons").split("\n").map((line) => line.trim()).filter(Boolean) }),
  confirm: () => ({}),
  reopen: () => ({ reason: text("reopen-reason") }),
};

let previews = new Map();
let missing = null;

export function setUpActions() {
  $("notice-method").replaceChildren(...contactMethods.map((m) => option(m, m)));
  $("ack-method").addEventListener("change", showPreview);
  for (const form of document.querySelectorAll("form.action")) {
    prepareFieldErrors(form);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      submit(form);
    });
  }
}

export function showActions(view, guide) {
  const allowed = new Set(guide.allowedActions.map((a) => (a === "resolve (on first contact)" ? "resolve" : a)));
  const isLead = Boolean(state.profile?.isLead);
  let shown = 0;
  for (const form of document.querySelectorAll("form.action")) {
    const action = form.dataset.action;
    const visible = action === "reassign" ? isLead && (allowed.has("reassign") || allowed.has("assign")) : allowed.has(action);
    if (form.hidden !== !visible) {
      clearFieldErrors(form);
    }
    form.hidden = !visible;
    shown += visible ? 1 : 0;
  }
  $("no-actions").hidden = shown > 0;
  $("resolve-first").parentElement.hidden = !guide.allowedActions.includes("resolve (on first contact)");
  fillAcknowledgement(guide.acknowledgement);
  fillDefaults(view);
}

function fillAcknowledgement(acknowledgement) {
  const methods = acknowledgement?.methods ?? [];
  const select = $("ack-method");
  const chosen = select.value;
  select.replaceChildren(...methods.map((m) => option(m, m)));
  if (methods.includes(chosen)) {
    select.value = chosen;
  }
  previews = new Map((acknowledgement?.previews ?? []).map((p) => [p.method, p]));
  missing = acknowledgement?.missing ?? null;
  $("ack-how").textContent = !acknowledgement ? ""
    : methods.length === 0 ? "The customer left no way to reach them back."
    : acknowledgement.duringContact ? "Tell the customer during the call or visit, then record it."
    : `This channel is acknowledged by ${methods.join(" or ")}.`;
  showPreview();
}

function showPreview() {
  const preview = previews.get($("ack-method").value);
  $("ack-preview").textContent = missing ? `Not yet: ${missing}.`
    : !preview ? "No message for this method."
    : preview.subject ? `${preview.subject}\n\n${preview.body}` : preview.body;
}

function fillDefaults(view) {
  if (!$("refer-department").value) {
    $("refer-department").value = view.departmentId;
  }
  if (!$("notice-at").value) {
    $("notice-at").value = toLocalInput(serverNow());
  }
  if (!$("notice-by").value && state.profile) {
    $("notice-by").value = state.profile.name;
  }
  const agents = $("reassign-agent");
  const chosen = agents.value;
  agents.replaceChildren(...(state.profile?.colleagues ?? [])
    .filter((c) => c.id !== view.assigneeId)
    .map((c) => option(c.id, `${c.name} (${c.id})`)));
  if ([...agents.options].some((o) => o.value === chosen)) {
    agents.value = chosen;
  }
}

async function submit(form) {
  const action = form.dataset.action;
  const caseId = state.openCaseId;
  const status = $("action-status");
  const button = form.querySelector("button[type=submit]");
  clearFieldErrors(form);
  button.disabled = true;
  try {
    if (action === "reassign") {
      await reassign(caseId, form);
      return;
    }
    const answer = await post(`/api/cases/${encodeURIComponent(caseId)}/${action}`, bodies[action]());
    if (answer.ok) {
      status.textContent = `Done: ${action}. Case ${caseId} is now ${answer.body.status}${answer.body.isPaused ? " (paused)" : ""}.`;
      form.reset();
      emit("case-changed", caseId);
      return;
    }
    const unplaced = showFieldErrors(form, answer.body);
    const detail = answer.body?.detail ?? answer.body?.title ?? `status ${answer.status}`;
    status.textContent = `Not done: ${action}. ${unplaced.length > 0 ? unplaced.join(" ") : answer.body?.errors ? "See the fields marked." : detail}`;
  } finally {
    button.disabled = false;
  }
}

async function reassign(caseId, form) {
  const agentId = $("reassign-agent").value;
  try {
    const moved = await state.connection.invoke("Reassign", caseId, agentId);
    $("action-status").textContent = `Case ${moved.caseId} is now with ${moved.assigneeId}.`;
    emit("case-changed", caseId);
  } catch (error) {
    showFieldErrors(form, { errors: { agentId: [hubMessage(error)] } });
    $("action-status").textContent = `Not reassigned: ${hubMessage(error)}`;
  }
}
