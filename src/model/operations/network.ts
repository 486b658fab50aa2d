/**
 * Network (actors on the network map): add, edit, move, remove, roles, invited.
 *
 * Removal cleans soft references (other entries' `knows` and `unitId`, meeting participants,
 * leader and invitations, guardian/legal representative links) but refuses when the entry is
 * part of the record: named in a consent scope (consent history is append-only), responsible
 * for or performing an activity, holding overall responsibility, or a receiver of the
 * initiative. Roles: `coordinator` has one holder, so giving it to one entry takes it from
 * any other.
 */
import { ROLES } from '../constants';
import type { MapPlacement, NetworkEntry, Role, SipPlan } from '../schema';
import { parseEntity } from '../validator';
import type { Without } from '../schema';
import { applyPatch, commit, guard, nextId, opError, run, type OpContext, type OpResult } from './common';
import { modelMessage } from '../messages';

export type NetworkEntryInput = Without<NetworkEntry, 'id' | 'roles'> & { id?: string; roles?: Role[] };

export interface AddNetworkEntryIntent {
  type: 'addNetworkEntry';
  entry: NetworkEntryInput;
}
export interface EditNetworkEntryIntent {
  type: 'editNetworkEntry';
  entryId: string;
  /** Fields to replace; `undefined` removes a field. `id` and `roles` are ignored (use setRoles). */
  patch: Partial<Without<NetworkEntry, 'id' | 'roles'>> & Record<string, unknown>;
}
export interface MoveNetworkEntryIntent {
  type: 'moveNetworkEntry';
  entryId: string;
  sector: string;
  ring: MapPlacement['ring'];
}
export interface RemoveNetworkEntryIntent {
  type: 'removeNetworkEntry';
  entryId: string;
}
export interface SetRolesIntent {
  type: 'setRoles';
  entryId: string;
  roles: Role[];
}
export interface SetInvitedIntent {
  type: 'setInvited';
  entryId: string;
  invited: boolean;
}

function findEntry(plan: SipPlan, id: string): number {
  return plan.network.findIndex((e) => e.id === id);
}

function replaceEntry(plan: SipPlan, index: number, entry: NetworkEntry): SipPlan {
  const network = plan.network.slice();
  network[index] = entry;
  return { ...plan, network };
}

export function addNetworkEntry(plan: SipPlan, intent: AddNetworkEntryIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const id = intent.entry.id ?? nextId('actor', plan.network);
    if (findEntry(plan, id) >= 0) return opError('conflict.duplicateId', { id }, ['network']);
    const parsed = parseEntity<NetworkEntry>('networkEntry', { ...intent.entry, id });
    if (!parsed.success) return opError('intent.invalid', { detail: parsed.error.issues[0]?.path.join('.') ?? 'entry' }, ['entry']);
    let network = plan.network;
    if (parsed.data.roles.includes('coordinator')) network = network.map(dropCoordinator);
    return commit(plan, { ...plan, network: [...network, parsed.data] }, ctx, {
      type: 'network.added',
      target: { kind: 'networkEntry', id },
      after: { kind: parsed.data.kind, map: parsed.data.map },
    });
  });
}

export function editNetworkEntry(plan: SipPlan, intent: EditNetworkEntryIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const i = findEntry(plan, intent.entryId);
    const entry = plan.network[i];
    if (!entry) return opError('notFound.networkEntry', { id: intent.entryId });
    const next = applyPatch(entry, intent.patch ?? {}, ['id', 'roles']);
    const parsed = parseEntity<NetworkEntry>('networkEntry', next);
    if (!parsed.success) return opError('intent.invalid', { detail: parsed.error.issues[0]?.path.join('.') ?? 'patch' }, ['patch']);
    return commit(plan, replaceEntry(plan, i, next), ctx, {
      type: 'network.edited',
      target: { kind: 'networkEntry', id: entry.id },
      before: pick(entry, Object.keys(intent.patch ?? {})),
      after: pick(next, Object.keys(intent.patch ?? {})),
    });
  });
}

function pick(obj: object, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (obj as Record<string, unknown>)[k];
    if (v !== undefined && k !== '__proto__') out[k] = v;
  }
  return out;
}

export function moveNetworkEntry(plan: SipPlan, intent: MoveNetworkEntryIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const i = findEntry(plan, intent.entryId);
    const entry = plan.network[i];
    if (!entry) return opError('notFound.networkEntry', { id: intent.entryId });
    if (typeof intent.sector !== 'string' || intent.sector === '' || ![1, 2, 3].includes(intent.ring)) {
      return opError('intent.invalid', { detail: 'sector/ring' });
    }
    const map = { ...entry.map, sector: intent.sector, ring: intent.ring };
    return commit(plan, replaceEntry(plan, i, { ...entry, map }), ctx, {
      type: 'network.moved',
      target: { kind: 'networkEntry', id: entry.id },
      before: { sector: entry.map.sector, ring: entry.map.ring },
      after: { sector: map.sector, ring: map.ring },
    });
  });
}

/** Where an entry is referenced in a way that blocks removal (empty = removable). */
export function networkEntryUses(plan: SipPlan, id: string): string[] {
  const uses: string[] = [];
  if (plan.consents.some((c) => c.scope.parties.includes(id))) uses.push('consent');
  if (plan.activities.some((a) => a.responsible.unitEntryId === id || a.responsible.personEntryId === id || a.performer?.entryId === id)) {
    uses.push('activity');
  }
  if (plan.overallResponsible?.entryId === id) uses.push('overallResponsible');
  if (plan.initiative?.initiatedBy === id || plan.initiative?.receivers.some((r) => r.entryId === id)) uses.push('initiative');
  return uses;
}

function without<T extends object, K extends string>(obj: T, key: K): T {
  const next = { ...obj } as Record<string, unknown>;
  delete next[key];
  return next as T;
}

export function removeNetworkEntry(plan: SipPlan, intent: RemoveNetworkEntryIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const id = intent.entryId;
    const i = findEntry(plan, id);
    const entry = plan.network[i];
    if (!entry) return opError('notFound.networkEntry', { id });
    const uses = networkEntryUses(plan, id);
    // The uses as words (samtycke, insats …), not code names.
    if (uses.length > 0) return opError('network.inUse', { detail: uses.map((u) => modelMessage(`use.${u}`)).join(', ') }, ['network', i]);
    const network = plan.network
      .filter((e) => e.id !== id)
      .map((e) => {
        let n = e;
        if (n.knows?.includes(id)) n = { ...n, knows: n.knows.filter((k) => k !== id) };
        if (n.unitId === id) n = without(n, 'unitId');
        return n;
      });
    const meetings = plan.meetings.map((m) => {
      if (!m.participants.includes(id) && m.leaderId !== id && !m.invitations.some((r) => r.entryId === id)) return m;
      let n = { ...m, participants: m.participants.filter((p) => p !== id), invitations: m.invitations.filter((r) => r.entryId !== id) };
      if (n.leaderId === id) n = without(n, 'leaderId');
      return n;
    });
    let person = plan.person;
    if (person.guardians.some((gd) => gd.networkEntryId === id)) {
      person = { ...person, guardians: person.guardians.map((gd) => (gd.networkEntryId === id ? without(gd, 'networkEntryId') : gd)) };
    }
    if (person.legalRepresentative?.networkEntryId === id) {
      person = { ...person, legalRepresentative: without(person.legalRepresentative, 'networkEntryId') };
    }
    return commit(plan, { ...plan, network, meetings, person }, ctx, {
      type: 'network.removed',
      target: { kind: 'networkEntry', id },
      before: entry,
    });
  });
}

function dropCoordinator(e: NetworkEntry): NetworkEntry {
  return e.roles.includes('coordinator') ? { ...e, roles: e.roles.filter((r) => r !== 'coordinator') } : e;
}

export function setRoles(plan: SipPlan, intent: SetRolesIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const i = findEntry(plan, intent.entryId);
    const entry = plan.network[i];
    if (!entry) return opError('notFound.networkEntry', { id: intent.entryId });
    if (!Array.isArray(intent.roles) || intent.roles.some((r) => !(ROLES as readonly string[]).includes(r))) {
      return opError('intent.invalid', { detail: 'roles' });
    }
    const roles = ROLES.filter((r) => intent.roles.includes(r));
    let network = plan.network;
    if (roles.includes('coordinator')) network = network.map((e) => (e.id === entry.id ? e : dropCoordinator(e)));
    network = network.map((e) => (e.id === entry.id ? { ...e, roles } : e));
    return commit(plan, { ...plan, network }, ctx, {
      type: 'network.roles',
      target: { kind: 'networkEntry', id: entry.id },
      before: { roles: entry.roles },
      after: { roles },
    });
  });
}

export function setInvited(plan: SipPlan, intent: SetInvitedIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const i = findEntry(plan, intent.entryId);
    const entry = plan.network[i];
    if (!entry) return opError('notFound.networkEntry', { id: intent.entryId });
    if (typeof intent.invited !== 'boolean') return opError('intent.invalid', { detail: 'invited' });
    return commit(plan, replaceEntry(plan, i, { ...entry, invited: intent.invited }), ctx, {
      type: 'network.invited',
      target: { kind: 'networkEntry', id: entry.id },
      before: { invited: entry.invited ?? false },
      after: { invited: intent.invited },
    });
  });
}
