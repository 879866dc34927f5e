// The HTTP API (src/Asivado.Gateway/Api/README.md) with the signed-in person's token.
// Answers { ok, status, body }; a refusal's body is problem details ({ title, detail, errors }).

import { state } from "./state.js";

export async function api(method, path, body) {
  const headers = { Authorization: `Bearer ${state.session?.accessToken ?? ""}` };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = { detail: text };
  }
  return { ok: response.ok, status: response.status, body: parsed };
}

export const get = (path) => api("GET", path);
export const post = (path, body) => api("POST", path, body ?? {});
