// Small DOM helpers: look-up by id, element building, table cells.

export const $ = (id) => document.getElementById(id);

export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name === "text") {
      element.textContent = value;
    } else if (name === "testid") {
      element.dataset.testid = value;
    } else if (name.startsWith("on") && typeof value === "function") {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? "" : value);
    }
  }
  element.append(...children.filter((child) => child !== null && child !== undefined));
  return element;
}

export const cell = (content, attributes = {}) =>
  typeof content === "string" ? el("td", { ...attributes, text: content }) : el("td", attributes, content);

export function option(value, text) {
  const element = document.createElement("option");
  element.value = value;
  element.textContent = text;
  return element;
}
