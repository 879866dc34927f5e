// Reads the console's lists through the hub (profile once, then my cases, queue and, for leads, the team's cases and
// the department now).
// Several pushes in a row cause one refresh, well inside the hub's per-connection rate limit.

import { syncClock } from "./clock.js";
import { $ } from "./dom.js";
import { hubMessage, showError } from "./errors.js";
import { syncOpen } from "./feed.js";
import { renderCases, renderQueue, renderTeam } from "./lists.js";
import { renderToday } from "./today.js";
import { state } from "./state.js";

let timer = 0;

export function scheduleRefresh(isResumed) {
  if (!isResumed() || timer) {
    return;
  }
  timer = setTimeout(async () => {
    timer = 0;
    await refreshAll();
  }, 50);
}

export async function refreshAll() {
  const connection = state.connection;
  if (!connection) {
    return;
  }
  try {
    if (!state.profile) {
      state.profile = await connection.invoke("GetProfile");
      syncClock(state.profile.serverTime);
      renderProfile();
    }
    const mine = await connection.invoke("GetMyCases");
    syncClock(mine.serverTime);
    state.cases = mine.cases;
    syncOpen(mine.openEscalations);
    state.queue = (await connection.invoke("GetQueue")).entries;
    if (state.profile.isLead) {
      state.teamCases = await connection.invoke("GetTeamCases");
      state.today = await connection.invoke("GetDepartmentToday");
    }
    renderCases();
    renderQueue();
    renderTeam();
    renderToday();
  } catch (error) {
    showError(hubMessage(error));
  }
}

function renderProfile() {
  const p = state.profile;
  $("who").textContent = `Signed in as ${p.name} (${p.role}, ${p.departmentName})`;
  $("presence").value = p.presence;
}
