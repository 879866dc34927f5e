// The agent console: sign in (demo), then one SignalR connection to /hubs/console.
// Everything the console shows comes from the agent's persisted, gap-free feed: on every (re)connect it calls
// Resume(lastSequence) and applies what it missed, then live "push" messages, dropping any it already has.
// Countdowns run on the server's clock (offset learnt from the server's answers), updated every second.

const storageKey = "asivado.console.session";
const escalationKinds = new Set(["escalation", "call-waiting", "over-hold"]);
const caseKinds = new Set(["case-assigned", "case-unassigned", "case-changed"]);

const $ = (id) => document.getElementById(id);

const state = {
  session: null,          // { accessToken, personId, role, departmentId, name }
  connection: null,
  lastSequence: 0,
  resumed: false,         // live pushes wait in `early` until Resume has been applied
  early: [],
  clockOffsetMs: 0,       // server time minus browser time
  profile: null,
  cases: [],
  queue: [],
  teamCases: [],
  feed: new Map(),        // sequence -> { push, open }
  refreshTimer: 0,
};

// ---- clock and formatting ----

const serverNow = () => Date.now() + state.clockOffsetMs;

function syncClock(serverTime) {
  const at = Date.parse(serverTime);
  if (!Number.isNaN(at)) {
    state.clockOffsetMs = at - Date.now();
  }
}

function formatLeft(dueAt) {
  if (!dueAt) {
    return { text: "no deadline", overdue: false };
  }
  let ms = Date.parse(dueAt) - serverNow();
  const overdue = ms < 0;
  ms = Math.abs(ms);
  const s = Math.floor(ms / 1000) % 60;
  const m = Math.floor(ms / 60000) % 60;
  const h = Math.floor(ms / 3600000) % 24;
  const d = Math.floor(ms / 86400000);
  const pad = (n) => String(n).padStart(2, "0");
  const text = `${d > 0 ? `${d}d ` : ""}${h}h ${pad(m)}m ${pad(s)}s`;
  return { text: overdue ? `overdue by ${text}` : text, overdue };
}

function formatInstant(instant) {
  if (!instant) {
    return "—";
  }
  return new Date(instant).toLocaleString(undefined, { timeZone: "UTC", dateStyle: "medium", timeStyle: "short" }) + " UTC";
}

function cell(text, attributes = {}) {
  const td = document.createElement("td");
  td.textContent = text;
  for (const [name, value] of Object.entries(attributes)) {
    td.setAttribute(name, value);
  }
  return td;
}

function hubMessage(error) {
  const text = String(error?.message ?? error);
  const marker = "HubException: ";
  const at = text.indexOf(marker);
  return at >= 0 ? text.slice(at + marker.length) : text;
}

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = !message;
}

// ---- sign-in ----

async function loadPeople() {
  const response = await fetch("/api/auth/demo-people");
  if (response.status === 404) {
    $("sign-in-off").hidden = false;
    $("sign-in-form").hidden = true;
    return;
  }
  const people = await response.json();
  const select = $("sign-in-person");
  select.replaceChildren(...people.map((p) => {
    const option = document.createElement("option");
    option.value = p.id;
    option.textContent = `${p.name} (${p.role}, ${p.departmentId})`;
    return option;
  }));
}

async function signIn(event) {
  event.preventDefault();
  showError("");
  const personId = $("sign-in-person").value;
  const response = await fetch("/api/auth/demo-sign-in", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ personId }),
  });
  if (!response.ok) {
    showError(`Sign-in failed (${response.status}).`);
    return;
  }
  const body = await response.json();
  state.session = { accessToken: body.accessToken, personId: body.personId, role: body.role, departmentId: body.departmentId };
  sessionStorage.setItem(storageKey, JSON.stringify(state.session));
  await openConsole();
}

async function signOut() {
  sessionStorage.removeItem(storageKey);
  const connection = state.connection;
  state.connection = null;
  if (connection) {
    await connection.stop();
  }
  location.reload();
}

// ---- connection and feed ----

function setStatus(text) {
  $("connection-status").textContent = text;
  document.body.dataset.connection = text;
}

function isUnauthorized(error) {
  return error?.statusCode === 401 || /\b401\b/.test(String(error?.message ?? ""));
}

async function endSession(message) {
  sessionStorage.removeItem(storageKey);
  state.connection = null;
  state.session = null;
  state.profile = null;
  state.lastSequence = 0;
  state.resumed = false;
  state.early = [];
  state.cases = [];
  state.queue = [];
  state.teamCases = [];
  state.feed.clear();
  $("console").hidden = true;
  $("sign-in").hidden = false;
  showError(message);
  await loadPeople();
}

async function openConsole() {
  $("sign-in").hidden = true;
  $("console").hidden = false;
  $("who").textContent = `Signed in as ${state.session.personId} (${state.session.role}, ${state.session.departmentId})`;
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(`/hubs/console?agentId=${encodeURIComponent(state.session.personId)}`, { accessTokenFactory: () => state.session.accessToken })
    // Keep retrying (a restarted server comes back), except when the token is refused: then sign in again.
    .withAutomaticReconnect({
      nextRetryDelayInMilliseconds: (context) => (isUnauthorized(context.retryReason) ? null : Math.min(1000 * 2 ** context.previousRetryCount, 10000)),
    })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  state.connection = connection;
  connection.on("push", onPush);
  connection.onreconnecting(() => {
    state.resumed = false;
    setStatus("Reconnecting…");
  });
  connection.onreconnected(() => resume());
  connection.onclose((error) => {
    if (state.connection !== connection) {
      return;
    }
    setStatus("Disconnected");
    if (isUnauthorized(error)) {
      endSession("Your session has ended: sign in again.");
    }
  });
  setStatus("Connecting…");
  try {
    await connection.start();
  } catch (error) {
    setStatus("Disconnected");
    await endSession(`Could not connect: ${hubMessage(error)}. Sign in again.`);
    return;
  }
  await resume();
}

async function resume() {
  state.resumed = false;
  try {
    const missed = await state.connection.invoke("Resume", state.lastSequence);
    missed.forEach(apply);
    const early = state.early.sort((a, b) => a.sequence - b.sequence);
    state.early = [];
    early.forEach(apply);
    state.resumed = true;
    await refreshAll();
    setStatus("Connected");
  } catch (error) {
    showError(hubMessage(error));
  }
}

function onPush(push) {
  syncClock(push.at);
  if (!state.resumed) {
    state.early.push(push);
    return;
  }
  apply(push);
}

function apply(push) {
  if (push.sequence <= state.lastSequence) {
    return;
  }
  state.lastSequence = push.sequence;
  if (escalationKinds.has(push.kind)) {
    state.feed.set(push.sequence, { push, open: true });
    renderFeed();
  } else if (push.kind === "presence-changed" && push.text) {
    $("presence").value = push.text;
    if (state.profile) {
      state.profile.presence = push.text;
    }
  } else if (caseKinds.has(push.kind) || push.kind === "queue-changed" || push.kind === "escalation-acknowledged") {
    scheduleRefresh();
  }
}

// Several pushes in a row cause one refresh, well inside the hub's per-connection rate limit.
function scheduleRefresh() {
  if (!state.resumed || state.refreshTimer) {
    return;
  }
  state.refreshTimer = setTimeout(async () => {
    state.refreshTimer = 0;
    await refreshAll();
  }, 50);
}

async function refreshAll() {
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
    const open = new Set(mine.openEscalations.map((p) => p.sequence));
    for (const push of mine.openEscalations) {
      if (!state.feed.has(push.sequence)) {
        state.feed.set(push.sequence, { push, open: true });
      }
    }
    for (const [sequence, item] of state.feed) {
      item.open = open.has(sequence);
    }
    state.queue = (await connection.invoke("GetQueue")).entries;
    if (state.profile.isLead) {
      state.teamCases = await connection.invoke("GetTeamCases");
    }
    renderCases();
    renderFeed();
    renderQueue();
    renderTeam();
  } catch (error) {
    showError(hubMessage(error));
  }
}

// ---- rendering ----

function renderProfile() {
  const p = state.profile;
  $("who").textContent = `Signed in as ${p.name} (${p.role}, ${p.departmentName})`;
  $("presence").value = p.presence;
  $("lead").hidden = !p.isLead;
  const agents = $("reassign-agent");
  agents.replaceChildren(...p.colleagues.map((c) => {
    const option = document.createElement("option");
    option.value = c.id;
    option.textContent = `${c.name} (${c.id})`;
    return option;
  }));
}

function renderCases() {
  const body = $("my-cases-body");
  body.replaceChildren(...state.cases.map((c) => {
    const row = document.createElement("tr");
    row.dataset.testid = "my-case";
    row.dataset.caseId = c.workId;
    row.append(
      cell(c.workId),
      cell(c.subject),
      cell(c.channel),
      cell(formatInstant(c.nextDueAt)),
      cell("", { class: "countdown", "data-testid": "countdown", "data-due": c.nextDueAt ?? "" }));
    return row;
  }));
  $("no-cases").hidden = state.cases.length > 0;
  tick();
}

function renderFeed() {
  const feed = $("feed");
  const items = [...state.feed.values()].sort((a, b) => b.push.sequence - a.push.sequence);
  feed.replaceChildren(...items.map(({ push, open }) => {
    const li = document.createElement("li");
    li.dataset.testid = "escalation";
    li.dataset.sequence = String(push.sequence);
    li.dataset.state = open ? "open" : "acknowledged";
    li.dataset.level = push.level ?? "";
    if (push.caseId) {
      li.dataset.caseId = push.caseId;
    }
    const what = push.kind === "escalation"
      ? `${push.level}${push.percentOfBudget != null ? ` ${push.percentOfBudget}%` : ""}: case ${push.caseId}, target ${push.targetId}, due ${formatInstant(push.dueAt)}`
      : `${push.kind}: call ${push.callId ?? ""}`;
    const title = document.createElement("strong");
    title.textContent = what;
    const text = document.createElement("div");
    text.textContent = push.text ?? "";
    li.append(title, text);
    if (open) {
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.testid = "acknowledge-button";
      button.textContent = "Acknowledge";
      button.setAttribute("aria-label", `Acknowledge escalation ${push.sequence}`);
      button.addEventListener("click", () => acknowledge(push.sequence, button));
      li.append(button);
    } else {
      const done = document.createElement("span");
      done.dataset.testid = "acknowledged";
      done.textContent = "Acknowledged";
      li.append(done);
    }
    return li;
  }));
  $("no-escalations").hidden = state.feed.size > 0;
}

function renderQueue() {
  const body = $("queue-body");
  body.replaceChildren(...state.queue.map((entry) => {
    const row = document.createElement("tr");
    row.dataset.testid = "queue-entry";
    row.dataset.caseId = entry.caseId;
    const claim = document.createElement("button");
    claim.type = "button";
    claim.textContent = "Claim";
    claim.dataset.testid = "claim-button";
    claim.setAttribute("aria-label", `Claim case ${entry.caseId}`);
    claim.addEventListener("click", () => claimCase(entry.caseId, claim));
    const action = document.createElement("td");
    action.append(claim);
    row.append(
      cell(entry.caseId),
      cell(entry.subject),
      cell(entry.channel),
      cell("", { class: "countdown", "data-testid": "countdown", "data-due": entry.nextDueAt ?? "" }),
      action);
    return row;
  }));
  $("queue-empty").hidden = state.queue.length > 0;
  tick();
}

function renderTeam() {
  if (!state.profile?.isLead) {
    return;
  }
  const select = $("reassign-case");
  const selected = select.value;
  select.replaceChildren(...state.teamCases.map((c) => {
    const option = document.createElement("option");
    option.value = c.caseId;
    option.textContent = `${c.caseId}: ${c.subject} (${c.assigneeId ?? "queued"})`;
    return option;
  }));
  if (state.teamCases.some((c) => c.caseId === selected)) {
    select.value = selected;
  }
}

function tick() {
  for (const element of document.querySelectorAll(".countdown")) {
    const { text, overdue } = formatLeft(element.dataset.due);
    element.textContent = text;
    element.classList.toggle("overdue", overdue);
  }
}

// ---- actions ----

async function acknowledge(sequence, button) {
  button.disabled = true;
  try {
    await state.connection.invoke("AcknowledgeEscalation", sequence);
    const item = state.feed.get(sequence);
    if (item) {
      item.open = false;
    }
    renderFeed();
  } catch (error) {
    button.disabled = false;
    showError(hubMessage(error));
  }
}

async function claimCase(caseId, button) {
  button.disabled = true;
  try {
    await state.connection.invoke("ClaimCase", caseId);
    scheduleRefresh();
  } catch (error) {
    button.disabled = false;
    showError(hubMessage(error));
  }
}

async function setPresence() {
  const select = $("presence");
  try {
    const view = await state.connection.invoke("SetPresence", select.value);
    if (state.profile) {
      state.profile.presence = view.presence;
    }
    // Shown once the server has recorded it (and told the department), not on the push that precedes that.
    $("presence-status").textContent = `Presence set to ${view.presence}.`;
    showError("");
  } catch (error) {
    select.value = state.profile?.presence ?? "Offline";
    showError(hubMessage(error));
  }
}

async function reassign(event) {
  event.preventDefault();
  const caseId = $("reassign-case").value;
  const agentId = $("reassign-agent").value;
  const status = $("reassign-status");
  try {
    const moved = await state.connection.invoke("Reassign", caseId, agentId);
    status.textContent = `Case ${moved.caseId} is now with ${moved.assigneeId}.`;
    scheduleRefresh();
  } catch (error) {
    status.textContent = `Not reassigned: ${hubMessage(error)}`;
  }
}

// ---- start ----

async function start() {
  if (!window.signalR) {
    $("library-missing").hidden = false;
    $("sign-in-form").querySelector("button").disabled = true;
    setStatus("Client library missing");
    return;
  }
  $("sign-in-form").addEventListener("submit", signIn);
  $("sign-out").addEventListener("click", signOut);
  $("presence").addEventListener("change", setPresence);
  $("reassign-form").addEventListener("submit", reassign);
  $("team-refresh").addEventListener("click", () => refreshAll());
  setInterval(tick, 1000);
  const saved = sessionStorage.getItem(storageKey);
  if (saved) {
    state.session = JSON.parse(saved);
    await openConsole();
    return;
  }
  await loadPeople();
}

start();
