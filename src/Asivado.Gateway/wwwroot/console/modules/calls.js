// The calls this person sees (GET /api/calls/{id}, the caller's number as they may see it), taking a ringing call
// (POST /api/calls/{id}/take: it is answered by them) and the calls they hold ("call:{id}" work in GetMyCases).

import { api, get } from "./api.js";
import { $, el } from "./dom.js";
import { emit } from "./events.js";
import { state } from "./state.js";
import { formatInstant } from "./time-format.js";

const CallWork = "call:";
const views = new Map(); // callId -> the call as this person may see it
const readWhileHeld = new Set(); // held calls read since they appeared among the person's work

export const callOf = (callId) => views.get(callId);

export const isCallWork = (work) => work.workId.startsWith(CallWork);

export async function loadCall(callId) {
  const answer = await get(`/api/calls/${encodeURIComponent(callId)}`);
  if (answer.ok) {
    views.set(callId, answer.body);
    emit("call-loaded", callId);
  }
  return answer;
}

/** Takes the call; answers { ok, message }: the refusal's detail (403, 409) when not taken. */
export async function takeCall(callId) {
  const answer = await api("POST", `/api/calls/${encodeURIComponent(callId)}/take`);
  if (!answer.ok) {
    return { ok: false, message: answer.body?.detail ?? answer.body?.title ?? `status ${answer.status}` };
  }
  views.set(callId, answer.body);
  emit("refresh");
  return { ok: true, message: `You have call ${callId}: you are connected to the caller.` };
}

export function callerNumber(call) {
  if (!call) {
    return "Caller's number: …";
  }
  if (call.callerNumber) {
    return `Caller's number: ${call.callerNumber}`;
  }
  return call.contactRedacted ? "Caller's number: not shown to you" : "Caller's number: not given";
}

/** "On the phone": the calls the person holds now, each re-read when it appears (status, number, since when). */
export function renderHeldCalls() {
  const held = state.cases.filter(isCallWork).map((work) => work.workId.slice(CallWork.length));
  for (const callId of readWhileHeld) {
    if (!held.includes(callId)) {
      readWhileHeld.delete(callId);
    }
  }
  $("my-calls-body").replaceChildren(...held.map((callId) => {
    if (!readWhileHeld.has(callId)) {
      readWhileHeld.add(callId);
      loadCall(callId);
    }
    const call = views.get(callId);
    return el("li", { testid: "my-call", "data-call-id": callId, "data-status": call?.status ?? "" },
      el("strong", { text: `Call ${callId}` }),
      el("div", { text: call ? `${call.status} since ${formatInstant(call.answeredAt ?? call.offeredAt)}, ${call.departmentId}` : "…", testid: "call-status" }),
      el("div", { text: callerNumber(call), testid: "held-caller-number" }));
  }));
  $("no-calls").hidden = held.length > 0;
}
