// Instants in the viewer's zone (named), or in a case's own zone where a deadline is explained; countdowns.

import { serverNow } from "./clock.js";

export const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const formats = new Map();

function formatFor(zone) {
  if (!formats.has(zone)) {
    formats.set(zone, new Intl.DateTimeFormat("en-GB", {
      timeZone: zone, weekday: "short", day: "numeric", month: "short", year: "numeric",
      hour: "2-digit", minute: "2-digit", second: undefined, timeZoneName: "short",
    }));
  }
  return formats.get(zone);
}

/** "Mon 5 Jan 2026, 04:00 GMT-5" in the viewer's zone (the page names the zone in its header). */
export const formatInstant = (instant) => (instant ? formatFor(viewerZone).format(new Date(instant)) : "—");

/** The same instant in another IANA zone, e.g. the department calendar's. */
export const formatInZone = (instant, zone) => (instant ? `${formatFor(zone).format(new Date(instant))} (${zone})` : "—");

export function duration(ms) {
  ms = Math.abs(ms);
  const s = Math.floor(ms / 1000) % 60;
  const m = Math.floor(ms / 60000) % 60;
  const h = Math.floor(ms / 3600000) % 24;
  const d = Math.floor(ms / 86400000);
  const pad = (n) => String(n).padStart(2, "0");
  return `${d > 0 ? `${d}d ` : ""}${h}h ${pad(m)}m ${pad(s)}s`;
}

export function formatLeft(dueAt) {
  if (!dueAt) {
    return { text: "no deadline", overdue: false, ms: Infinity };
  }
  const ms = Date.parse(dueAt) - serverNow();
  const overdue = ms < 0;
  return { text: overdue ? `overdue by ${duration(ms)}` : duration(ms), overdue, ms };
}

/** A value for <input type="datetime-local"> in the viewer's zone, from an instant (ms). */
export function toLocalInput(ms) {
  const date = new Date(ms);
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The instant (ISO, UTC) of a datetime-local value read in the viewer's zone; "" when empty or unreadable. */
export function fromLocalInput(value) {
  const ms = Date.parse(value);
  return value && !Number.isNaN(ms) ? new Date(ms).toISOString() : "";
}
