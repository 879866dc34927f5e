// Demo sign-in and the session kept in sessionStorage (one per browser tab).

import { $, option } from "./dom.js";
import { showError } from "./errors.js";
import { state } from "./state.js";

const storageKey = "asivado.console.session";

/** What the page says when the server no longer accepts the session's token. */
export const signedOutMessage = "Signed out: sign in again";

export function savedSession() {
  const saved = sessionStorage.getItem(storageKey);
  return saved ? JSON.parse(saved) : null;
}

/** Keeps the session for this tab (the hub's accessTokenFactory reads state.session). */
export function saveSession(session) {
  state.session = session;
  sessionStorage.setItem(storageKey, JSON.stringify(session));
}

export function forgetSession() {
  sessionStorage.removeItem(storageKey);
}

export async function loadPeople() {
  const response = await fetch("/api/auth/demo-people");
  if (response.status === 404) {
    $("sign-in-off").hidden = false;
    $("sign-in-form").hidden = true;
    return;
  }
  const people = await response.json();
  $("sign-in-person").replaceChildren(...people.map((p) => option(p.id, `${p.name} (${p.role}, ${p.departmentId})`)));
}

/** Signs in as the chosen demo person; true when the session is set. */
export async function signIn() {
  showError("");
  const personId = $("sign-in-person").value;
  const response = await fetch("/api/auth/demo-sign-in", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ personId }),
  });
  if (!response.ok) {
    showError(`Sign-in failed (${response.status}).`);
    return false;
  }
  const body = await response.json();
  saveSession({ accessToken: body.accessToken, personId: body.personId, role: body.role, departmentId: body.departmentId });
  return true;
}
