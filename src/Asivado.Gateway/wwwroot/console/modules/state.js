// The page's one state object, shared by the modules.

export const state = {
  session: null,          // { accessToken, personId, role, departmentId }
  connection: null,
  profile: null,
  cases: [],
  queue: [],
  teamCases: [],
  today: null,            // for leads: the department now (GetDepartmentToday)
  feed: new Map(),        // sequence -> { push, open, read }
  openCaseId: null,       // the case shown in the detail panel
};
