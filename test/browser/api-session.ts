/**
 * A signed-in HTTP session against a running Hearth, for setting up what a browser journey starts
 * from (the intake journey already drives those screens). Uses the public API only, with the same
 * cookie and CSRF token a browser would.
 */
export interface ApiSession {
  userId: string;
  get(path: string): Promise<any>;
  send(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown): Promise<any>;
}

export async function apiSignIn(baseUrl: string, username: string, password: string): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`sign-in as ${username} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { user, csrfToken } = (await response.json()) as { user: { id: string }; csrfToken: string };
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json', 'x-csrf-token': csrfToken }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
    return text ? JSON.parse(text) : null;
  };
  return { userId: user.id, get: (path) => call('GET', path), send: (method, path, body) => call(method, path, body) };
}

/**
 * The Torres–Ruiz family screened in and assigned to Ivy Chen (investigator): Maya (8) with bruises
 * from her mother's partner, her brother Leo (4) in the home, their mother Lucia, the partner Kyle
 * and the maternal grandmother Rosa, who lives nearby. Returns the investigation's id.
 */
export async function screenedInTorresFamily(baseUrl: string, password: string): Promise<{ investigationId: string; number: string }> {
  const screener = await apiSignIn(baseUrl, 'screener', password);
  const person = (p: Record<string, unknown>) =>
    screener.send('POST', '/api/persons', { sex: 'unknown', races: [], ethnicity: 'unknown', icwaInquiry: 'not_yet_asked', primaryLanguage: 'en', ...p });
  const maya = await person({ firstName: 'Maya', lastName: 'Torres', dateOfBirth: '2018-02-11', sex: 'female' });
  const leo = await person({ firstName: 'Leo', lastName: 'Torres', dateOfBirth: '2022-05-30', sex: 'male' });
  const lucia = await person({ firstName: 'Lucia', lastName: 'Torres', dateOfBirth: '1991-07-01', sex: 'female', primaryLanguage: 'es' });
  const kyle = await person({ firstName: 'Kyle', lastName: 'Benson', approximateAge: 30, sex: 'male' });
  const rosa = await person({ firstName: 'Rosa', lastName: 'Torres', dateOfBirth: '1962-09-14', sex: 'female', primaryLanguage: 'es' });
  let report = await screener.send('POST', '/api/reports', { channel: 'phone' });
  const edit = async (method: 'POST' | 'PATCH', suffix: string, body: Record<string, unknown>) => {
    report = await screener.send(method, `/api/reports/${report.id}${suffix}`, { version: report.version, ...body });
  };
  await edit('PATCH', '', {
    narrative: 'School nurse saw bruises on Maya’s arms; Maya said her mother’s partner grabbed her. Her brother Leo is at home.',
    reporter: { reporterType: 'education', mandated: true, anonymous: false, name: 'Nora Quinn', phone: '555-0142', relationshipToFamily: 'School nurse' },
  });
  await edit('POST', '/participants', { personId: maya.id, role: 'alleged_victim' });
  await edit('POST', '/participants', { personId: leo.id, role: 'alleged_victim' });
  await edit('POST', '/participants', { personId: lucia.id, role: 'parent', parentType: 'custodial' });
  await edit('POST', '/participants', { personId: kyle.id, role: 'household_member' });
  await edit('POST', '/participants', { personId: rosa.id, role: 'other_family', livesInHousehold: false });
  await edit('POST', '/relationships', { personId: rosa.id, relatedPersonId: lucia.id, kind: 'parent_of' });
  await edit('POST', '/allegations', {
    victimPersonId: maya.id,
    perpetratorPersonId: kyle.id,
    maltreatmentType: 'physical_abuse',
    description: 'Bruises on both arms',
  });
  await edit('POST', '/allegations', {
    victimPersonId: leo.id,
    perpetratorPersonId: kyle.id,
    maltreatmentType: 'physical_abuse',
    description: 'Maya says Kyle also hits Leo',
  });
  await edit('PATCH', '', {
    decision: 'screen_in',
    responsePriority: 'within_24_hours',
    decisionRationale: 'Physical injury by a household member; two young children are in the home with him.',
  });
  await screener.send('PUT', `/api/reports/${report.id}/screening-instrument`, {
    answers: {
      pa_injury: 'yes',
      pa_injury_serious: 'no',
      pa_threat: 'no',
      ng_basic_needs: 'no',
      ng_supervision: 'no',
      ng_medical: 'no',
      sa_concern: 'no',
      ea_harm: 'no',
      youngest_age: 'age_3_to_5',
      seen_by_others: 'yes',
      family_assessment_allowed: 'no',
    },
  });
  await edit('POST', '/submit', {});
  const supervisor = await apiSignIn(baseUrl, 'supervisor', password);
  const investigator = await apiSignIn(baseUrl, 'investigator', password);
  const approved = await supervisor.send('POST', `/api/reports/${report.id}/approve`, { version: report.version, investigatorId: investigator.userId });
  return { investigationId: approved.investigation.id, number: approved.investigation.number };
}
