// The API's problem details shown in place: each `errors` entry beside the field its JSON path names
// ("notice.toldBy", "reasons[1]" → the reasons box), the rest (a 409's detail, a 403) in the form's own status.

import { el } from "./dom.js";

/** Gives every [data-field] of the form an (empty) error element, tied to it with aria-describedby. */
export function prepareFieldErrors(form) {
  for (const input of form.querySelectorAll("[data-field]")) {
    const id = `${input.id}-error`;
    const error = el("p", { id, class: "field-error", testid: `error-${input.dataset.field}`, hidden: true });
    (input.type === "checkbox" ? input.parentElement : input).after(error);
    input.setAttribute("aria-describedby", id);
  }
}

export function clearFieldErrors(form) {
  for (const input of form.querySelectorAll("[data-field]")) {
    input.removeAttribute("aria-invalid");
    const error = document.getElementById(`${input.id}-error`);
    error.textContent = "";
    error.hidden = true;
  }
}

/** Shows the problem's field errors; answers the messages no field of this form took. */
export function showFieldErrors(form, problem) {
  const unplaced = [];
  let first = null;
  for (const [path, messages] of Object.entries(problem?.errors ?? {})) {
    const input = fieldFor(form, path);
    const text = messages.join(" ");
    if (!input) {
      unplaced.push(`${path}: ${text}`);
      continue;
    }
    const error = document.getElementById(`${input.id}-error`);
    error.textContent = error.textContent ? `${error.textContent} ${text}` : text;
    error.hidden = false;
    input.setAttribute("aria-invalid", "true");
    first ??= input;
  }
  first?.focus();
  return unplaced;
}

function fieldFor(form, path) {
  const exact = form.querySelector(`[data-field="${CSS.escape(path)}"]`);
  if (exact) {
    return exact;
  }
  const list = path.replace(/\[\d+\]$/, "");
  return form.querySelector(`[data-field="${CSS.escape(list)}"]`);
}
