// Urgency by the escalation ladder: the latest step the ladder sent for a case (warning at 50, 75 or 90 % of the
// budget, breach), or breached once its deadline has passed on the server's clock. The case detail corrects it from
// the case's own deadlines.

const byCase = new Map(); // caseId -> "50" | "75" | "90" | "breached"

const rank = (urgency) => (urgency === "breached" ? 100 : Number(urgency ?? 0));

export function urgencyOfPush(push) {
  if (push.kind !== "escalation") {
    return push.kind === "call-waiting" || push.kind === "over-hold" ? "breached" : null;
  }
  if (push.level === "Breach" || push.level === "AfterBreach") {
    return "breached";
  }
  const percent = push.percentOfBudget ?? 0;
  return percent >= 90 ? "90" : percent >= 75 ? "75" : percent >= 50 ? "50" : null;
}

export function noteEscalation(push) {
  const urgency = urgencyOfPush(push);
  if (push.caseId && urgency && rank(urgency) > rank(byCase.get(push.caseId))) {
    byCase.set(push.caseId, urgency);
  }
}

/** From the case view: a breached open deadline, else the most warnings fired on an open one. */
export function noteCase(view) {
  let urgency = null;
  for (const deadline of view.deadlines) {
    if (deadline.settledAt) {
      continue;
    }
    const here = deadline.state === "Breached" ? "breached" : ["50", "75", "90"][deadline.escalationsFired.filter((l) => l === "Warning").length - 1] ?? null;
    if (rank(here) > rank(urgency)) {
      urgency = here;
    }
  }
  if (urgency) {
    byCase.set(view.id, urgency);
  } else {
    byCase.delete(view.id);
  }
}

export function urgencyOf(caseId, overdue) {
  return overdue ? "breached" : byCase.get(caseId) ?? null;
}

export const forgetUrgency = () => byCase.clear();

export const forgetCase = (caseId) => byCase.delete(caseId);

export const urgencyWords = { 50: "half the time used", 75: "three quarters of the time used", 90: "90 % of the time used", breached: "breached" };
