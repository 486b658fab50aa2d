import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLE_NOW, examplePlans } from '../../../src/model/examples';
import { commentActivity } from '../../../src/model/operations/activities';
import { recordFollowUp } from '../../../src/model/operations/lifecycle';
import type { SipPlan } from '../../../src/model';
// The model's entry registers the plan validator the operations use.
import '../../../src/model';
import { checklist, followUpsLatestFirst, roundStart } from '../../../src/components/follow-up/round';
import { closeIntent, closeReasons, closureProblems, emptyDraft, firstProblem, followUpIntent, isDirty, recordProblems, sipKollenApplies, type RecordDraft } from '../../../src/components/follow-up/record';
import { closePlan } from '../../../src/model/operations/lifecycle';

const ctx = { by: 'Maria Ek', now: EXAMPLE_NOW };
const elderly = (): SipPlan => structuredClone(examplePlans.elderly);

function ok(r: ReturnType<typeof commentActivity>): SipPlan {
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.plan;
}

describe('follow-up checklist', () => {
  it('counts from the lock when never followed up, and names who has not documented', () => {
    const plan = elderly();
    const c = checklist(plan);
    assert.equal(c.sinceKind, 'locked');
    assert.equal(c.since, plan.lockedAt);
    const missing = c.groups.flatMap((g) => g.people.filter((p) => p.missing > 0).map((p) => p.name));
    assert.ok(missing.includes('Jonas Nyberg') && missing.includes('Sofia Berg'), missing.join(', '));
    // Cancelled before the lock? a-geri ended 10-29, after the lock: still in this round, documented.
    const geri = c.groups.flatMap((g) => g.people.flatMap((p) => p.activities)).find((a) => a.id === 'a-geri');
    assert.equal(geri?.documented, true);
    assert.equal(c.missing, c.groups.reduce((n, g) => n + g.missing, 0));
    assert.ok(c.total > c.missing);
  });

  it('a comment documents an activity; a new follow-up starts the round over', () => {
    let plan = ok(commentActivity(elderly(), { type: 'commentActivity', activityId: 'a-aids', note: 'Levererad.' }, ctx));
    const jonas = checklist(plan).groups.flatMap((g) => g.people).find((p) => p.name === 'Jonas Nyberg');
    assert.equal(jonas?.missing, 0);
    plan = ok(recordFollowUp(plan, { type: 'recordFollowUp', followUp: { date: '2026-11-22', decision: 'continue' } }, { ...ctx, now: '2026-11-22T11:00:00+01:00' }));
    const c = checklist(plan);
    assert.equal(c.sinceKind, 'followUp');
    // Done before this round (a-meds, done in October) is not asked for again.
    assert.equal(c.groups.flatMap((g) => g.people.flatMap((p) => p.activities)).some((a) => a.id === 'a-meds'), false);
    assert.equal(c.missing, c.total);
  });

  it('groups by principal, region first, and puts who still has to document first', () => {
    const c = checklist(elderly());
    assert.equal(c.groups[0]!.principal?.kind, 'region');
    for (const g of c.groups) {
      const flags = g.people.map((p) => p.missing > 0);
      assert.deepEqual(flags, [...flags].sort((a, b) => Number(b) - Number(a)));
    }
  });

  it('orders follow-ups latest first and starts a round at the latest', () => {
    const plan = { ...elderly(), followUps: [
      { id: 'f1', date: '2026-06-01', decision: 'continue' as const, recordedBy: 'A', recordedAt: '2026-06-01T10:00:00+02:00' },
      { id: 'f2', date: '2026-09-01', decision: 'continue' as const, recordedBy: 'A', recordedAt: '2026-09-01T10:00:00+02:00' },
    ] };
    assert.deepEqual(followUpsLatestFirst(plan).map((f) => f.id), ['f2', 'f1']);
    assert.equal(roundStart(plan).since, '2026-09-01T10:00:00+02:00');
    assert.equal(roundStart({ followUps: [], lockedAt: undefined }).kind, 'none');
  });
});

describe('follow-up record draft', () => {
  const today = '2026-11-22';
  const filled = (patch: Partial<RecordDraft>): RecordDraft => ({ ...emptyDraft(today), coordination: 'yes', ...patch });

  it('names what each decision misses', () => {
    assert.deepEqual(recordProblems(emptyDraft(today), today), { coordination: 'missing', decision: 'missing' });
    assert.deepEqual(recordProblems(filled({ decision: 'continue' }), today), { nextDate: 'missing' });
    assert.deepEqual(recordProblems(filled({ decision: 'continue', nextDate: '2026-11-01' }), today), { nextDate: 'notAfter' });
    assert.deepEqual(recordProblems(filled({ decision: 'continue', nextDate: '2027-02-30' }), today), { nextDate: 'notADate' });
    assert.deepEqual(recordProblems(filled({ decision: 'close' }), today), { closeReason: 'missing' });
    assert.deepEqual(recordProblems(filled({ decision: 'close', closeReason: 'consentWithdrawn' }), today), { withdrawBy: 'missing', withdrawForm: 'missing' });
    assert.deepEqual(recordProblems(filled({ decision: 'revise', date: '2026-12-01' }), today), { date: 'inFuture' });
    assert.deepEqual(recordProblems(filled({ decision: 'revise' }), today), {});
    assert.equal(firstProblem({ nextDate: 'missing', coordination: 'missing' }), 'coordination');
  });

  it('becomes the model intents, with trimmed texts and SIP-kollen on a closure', () => {
    const d = filled({ decision: 'close', howItWent: '  Bra  ', helped: '', closeReason: 'goalsMet', sipKollenOffered: true, decidedWith: ['maria'], personTookPart: true });
    const f = followUpIntent(d, today);
    assert.deepEqual(f.followUp, { date: today, decision: 'close', furtherCoordinationNeeded: true, howItWent: 'Bra', sipKollen: { offered: true, at: today } });
    assert.equal(f.nextFollowUpDate, undefined);
    const c = closeIntent(elderly(), d, today);
    assert.deepEqual(c, { type: 'closePlan', reason: 'goalsMet', decidedWith: ['maria'], personTookPart: true, sipKollen: { offered: true, at: today } });
    const w = closeIntent(elderly(), filled({ decision: 'close', closeReason: 'consentWithdrawn', withdrawBy: 'person', withdrawForm: 'written', closeNote: 'Vill avsluta.' }), today);
    assert.deepEqual(w.withdrawal, { by: { role: 'person', name: 'Karin Lindqvist' }, form: 'written', note: 'Vill avsluta.' });
    assert.equal(followUpIntent(filled({ decision: 'continue', nextDate: '2027-01-10' }), today).nextFollowUpDate, '2027-01-10');
  });

  it('knows when something was typed', () => {
    assert.equal(isDirty(emptyDraft(today), today), false);
    assert.equal(isDirty({ ...emptyDraft(today), helped: 'x' }, today), true);
  });
});

describe('closing a draft plan', () => {
  const today = '2026-11-22';
  const child = (): SipPlan => structuredClone(examplePlans.child);

  it('offers the reasons that apply: a first version met no goals; without a consent there is none to withdraw', () => {
    assert.deepEqual(closeReasons(elderly()), ['goalsMet', 'noLongerNeeded', 'consentWithdrawn']);
    assert.deepEqual(closeReasons(child()), ['noLongerNeeded', 'consentWithdrawn']);
    assert.deepEqual(closeReasons({ ...child(), version: 2 }), ['goalsMet', 'noLongerNeeded', 'consentWithdrawn']);
    assert.deepEqual(closeReasons({ ...child(), consents: [] }), ['noLongerNeeded']);
    const withdrawn = child();
    withdrawn.consents = withdrawn.consents.map((c) => ({ ...c, withdrawal: { at: '2026-11-20T10:00:00+01:00', by: { role: 'person' }, form: 'oral', recordedBy: 'Maria Ek' } }));
    assert.deepEqual(closeReasons(withdrawn), ['noLongerNeeded']);
  });

  it('asks only for the closure, and leaves SIP-kollen out until a meeting was held', () => {
    assert.deepEqual(closureProblems(emptyDraft(today)), { closeReason: 'missing' });
    assert.deepEqual(closureProblems({ ...emptyDraft(today), closeReason: 'noLongerNeeded' }), {});
    assert.equal(sipKollenApplies(child()), false);
    assert.equal(sipKollenApplies(elderly()), true);
    const held = child();
    held.meetings = held.meetings.map((m) => ({ ...m, status: 'held' }));
    assert.equal(sipKollenApplies(held), true);
    const d: RecordDraft = { ...emptyDraft(today), closeReason: 'noLongerNeeded', sipKollenOffered: true, closeNote: ' Flyttat. ' };
    assert.deepEqual(closeIntent(child(), d, today), { type: 'closePlan', reason: 'noLongerNeeded', decidedWith: [], personTookPart: false, note: 'Flyttat.' });
    assert.deepEqual(closeIntent(held, d, today).sipKollen, { offered: true, at: today });
    // The model takes the intent on the draft as it is.
    const r = closePlan(child(), closeIntent(child(), d, today), ctx);
    assert.ok(r.ok && r.plan.status === 'closed' && r.plan.closure?.note === 'Flyttat.');
  });
});
