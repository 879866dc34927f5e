// Messages for a person from hub refusals, and the page's one error box.

import { $ } from "./dom.js";

export function hubMessage(error) {
  const text = String(error?.message ?? error);
  const marker = "HubException: ";
  const at = text.indexOf(marker);
  return at >= 0 ? text.slice(at + marker.length) : text;
}

export function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = !message;
}
