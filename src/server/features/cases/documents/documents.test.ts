import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../../test/support/harness.js';
import { openCaseFast } from '../../../../../test/support/open-case-factory.js';
import { asUser, userIdOf } from '../../../../../test/support/work.js';

/** PLAT-5: documents on a case, stored in the database, streamed back, every download audited. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from('\n1 0 obj <<>> endobj\n%%EOF\n')]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const today = new Date().toISOString().slice(0, 10);
const query = (over: Record<string, string> = {}) =>
  new URLSearchParams({
    id: randomUUID(),
    type: 'school_record',
    date: today,
    description: 'Attendance for the fall term',
    filename: 'Maya – attendance.pdf',
    ...over,
  });

describe('case documents (PLAT-5)', () => {
  it('uploads a school record, lists it, and gives the same bytes back; a retried upload stores one', async () => {
    const family = await openCaseFast(h);
    const q = query({ personId: family.people.maya.id });
    const url = `/api/cases/${family.caseId}/documents?${q}`;
    const first = await family.caseworker.upload(url, pdf, 'application/pdf');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      type: 'school_record',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      personName: 'Maya Torres',
      previewable: true,
    });
    expect((await family.caseworker.upload(url, pdf, 'application/pdf')).statusCode).toBe(200);
    const list = (await family.caseworker.get(`/api/cases/${family.caseId}/documents`)).json();
    expect(list.items).toHaveLength(1);
    expect(list.abilities).toEqual({ upload: true });

    const id = q.get('id');
    const download = await family.caseworker.get(`/api/cases/${family.caseId}/documents/${id}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(
      /^attachment; filename="Maya _ attendance.pdf"; filename\*=UTF-8''Maya%20%E2%80%93%20attendance.pdf$/,
    );
    expect(Buffer.compare(download.rawPayload, pdf)).toBe(0);
    const inline = await family.caseworker.get(`/api/cases/${family.caseId}/documents/${id}/content?disposition=inline`);
    expect(inline.headers['content-disposition']).toMatch(/^inline;/);
    // The case page may frame its own preview; nothing else may, and a download is never framed.
    expect(inline.headers['content-security-policy']).toBe("frame-ancestors 'self'; script-src 'none'");
    expect(download.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    const audit = await h.database.asOwner((owner) =>
      owner.selectFrom('audit_event').select('action').where('record_id', '=', family.caseId).where('action', 'like', 'document.%').execute(),
    );
    expect(audit.map((a) => a.action).sort()).toEqual(['document.download', 'document.download', 'document.list', 'document.upload']);
  });

  it('refuses a type Hearth does not take, a file that is not what it says, an empty or too large file, and bad details', async () => {
    const family = await openCaseFast(h);
    const url = (q = query()) => `/api/cases/${family.caseId}/documents?${q}`;
    const exe = await family.caseworker.upload(url(), Buffer.from('MZ\x90\x00'), 'application/x-msdownload');
    expect(exe.statusCode).toBe(400);
    const spoofed = await family.caseworker.upload(url(), Buffer.from('MZ\x90\x00 not a pdf'), 'application/pdf');
    expect(spoofed.statusCode).toBe(400);
    expect(spoofed.json()).toMatchObject({ reason: 'file_mismatch', errors: [{ path: 'file' }] });
    const binaryText = await family.caseworker.upload(url(), Buffer.from([0x41, 0, 0x42]), 'text/plain');
    expect(binaryText.json().reason).toBe('file_mismatch');
    const big = await family.caseworker.upload(url(), Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]), 'image/png');
    expect(big.statusCode).toBe(413);
    const future = await family.caseworker.upload(url(query({ date: '2099-01-01' })), png, 'image/png');
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([expect.objectContaining({ path: 'date' })]);
    const nonsense = await family.caseworker.upload(url(query({ type: 'nonsense', filename: '' })), png, 'image/png');
    expect(
      nonsense
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['filename', 'type']);
    expect((await family.caseworker.get(`/api/cases/${family.caseId}/documents`)).json().items).toEqual([]);
  });

  it('a worker from another office gets 404 on every route; RLS hides the rows; a workers-only document is hidden from QA', async () => {
    const family = await openCaseFast(h);
    const q = query({ visibility: 'workers', type: 'court_order' });
    await family.caseworker.upload(`/api/cases/${family.caseId}/documents?${q}`, pdf, 'application/pdf');
    const open = query({ type: 'photo', filename: 'porch.png' });
    await family.caseworker.upload(`/api/cases/${family.caseId}/documents?${open}`, png, 'image/png');
    const south = await h.signIn('south.investigator');
    expect((await south.get(`/api/cases/${family.caseId}/documents`)).statusCode).toBe(404);
    expect((await south.upload(`/api/cases/${family.caseId}/documents?${query()}`, pdf, 'application/pdf')).statusCode).toBe(404);
    expect((await south.get(`/api/cases/${family.caseId}/documents/${q.get('id')}/content`)).statusCode).toBe(404);
    const rows = await asUser(h, await userIdOf(h, 'south.investigator'), async (trx) => (await sql`select id from case_document`.execute(trx)).rows);
    expect(rows).toEqual([]);

    const qa = await h.signIn('qa');
    const seen = (await qa.get(`/api/cases/${family.caseId}/documents`)).json();
    expect(seen.items.map((d: { filename: string }) => d.filename)).toEqual(['porch.png']);
    expect(seen.abilities.upload).toBe(false);
    expect((await qa.get(`/api/cases/${family.caseId}/documents/${q.get('id')}/content`)).statusCode).toBe(404);
    const supervisor = await h.signIn('ong.supervisor');
    expect((await supervisor.get(`/api/cases/${family.caseId}/documents/${q.get('id')}/content`)).statusCode).toBe(200);
  });

  it('a document belongs to a meeting of this case, never to another case’s meeting (PLAT-5, ENG-4)', async () => {
    const family = await openCaseFast(h);
    const meetingId = randomUUID();
    const scheduled = await family.caseworker.post(`/api/cases/${family.caseId}/meetings`, {
      id: meetingId,
      reason: 'regular_review',
      scheduledFor: new Date().toISOString(),
    });
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    const url = (over: Record<string, string>) => `/api/cases/${family.caseId}/documents?${query({ type: 'other', filename: 'agenda.pdf', ...over })}`;
    const stored = await family.caseworker.upload(url({ meetingId }), pdf, 'application/pdf');
    expect(stored.statusCode, stored.body).toBe(201);
    expect(stored.json().meetingId).toBe(meetingId);
    const listed = (await family.caseworker.get(`/api/cases/${family.caseId}/documents`)).json().items;
    expect(listed.map((d: { meetingId: string | null }) => d.meetingId)).toEqual([meetingId]);

    const other = await openCaseFast(h);
    const othersMeeting = randomUUID();
    await other.caseworker.post(`/api/cases/${other.caseId}/meetings`, { id: othersMeeting, reason: 'regular_review', scheduledFor: new Date().toISOString() });
    const crossed = await family.caseworker.upload(url({ meetingId: othersMeeting }), pdf, 'application/pdf');
    expect(crossed.statusCode).toBe(400);
    expect(crossed.json().errors[0].path).toBe('meetingId');
  });
});
