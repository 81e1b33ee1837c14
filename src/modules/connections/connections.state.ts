/**
 * The VXC lifecycle: AWAITING_APPROVAL → accept → DEPLOYABLE → configure → CONFIGURED → go_live → LIVE;
 * AWAITING_APPROVAL → deny → DENIED (terminal) or cancel → CANCELLED (the customer withdrew it);
 * LIVE → decommission → DECOMMISSIONED. A managed account whose partner runs an approval queue
 * starts at AWAITING_PARTNER: → release → AWAITING_APPROVAL (the partner approved: now the
 * provider decides), → reject → REJECTED (terminal), → withdraw → CANCELLED. Any other move is refused.
 */
export type ConnectionState =
  'AWAITING_PARTNER' | 'AWAITING_APPROVAL' | 'DEPLOYABLE' | 'CONFIGURED' | 'LIVE' | 'DENIED' | 'REJECTED' | 'CANCELLED' | 'DECOMMISSIONED';
export type ConnectionTransition = 'release' | 'reject' | 'withdraw' | 'accept' | 'deny' | 'cancel' | 'configure' | 'go_live' | 'decommission';

const MOVES: Record<ConnectionTransition, { from: ConnectionState; to: ConnectionState }> = {
  release: { from: 'AWAITING_PARTNER', to: 'AWAITING_APPROVAL' },
  reject: { from: 'AWAITING_PARTNER', to: 'REJECTED' },
  withdraw: { from: 'AWAITING_PARTNER', to: 'CANCELLED' },
  accept: { from: 'AWAITING_APPROVAL', to: 'DEPLOYABLE' },
  deny: { from: 'AWAITING_APPROVAL', to: 'DENIED' },
  cancel: { from: 'AWAITING_APPROVAL', to: 'CANCELLED' },
  configure: { from: 'DEPLOYABLE', to: 'CONFIGURED' },
  go_live: { from: 'CONFIGURED', to: 'LIVE' },
  decommission: { from: 'LIVE', to: 'DECOMMISSIONED' },
};

export const fromState = (t: ConnectionTransition) => MOVES[t].from;
export const toState = (t: ConnectionTransition) => MOVES[t].to;
export const canTransition = (state: ConnectionState, t: ConnectionTransition) => MOVES[t].from === state;

/**
 * The transitions that take a connection from one state to another (the shortest way, [] for the same
 * state), or null when there is none: how a believable history reaches a state (demo data).
 */
export function pathBetween(from: ConnectionState, to: ConnectionState): ConnectionTransition[] | null {
  const paths = new Map<ConnectionState, ConnectionTransition[]>([[from, []]]);
  const queue: ConnectionState[] = [from];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    if (state === to) return paths.get(state)!;
    for (const [t, move] of Object.entries(MOVES) as [ConnectionTransition, (typeof MOVES)[ConnectionTransition]][]) {
      if (move.from !== state || paths.has(move.to)) continue;
      paths.set(move.to, [...paths.get(state)!, t]);
      queue.push(move.to);
    }
  }
  return null;
}

/** What the customer's DELETE means in a state: withdraw a request, or decommission a live VXC. */
export function removalFor(state: ConnectionState): ConnectionTransition | null {
  if (state === 'AWAITING_PARTNER') return 'withdraw';
  if (state === 'AWAITING_APPROVAL') return 'cancel';
  if (state === 'LIVE') return 'decommission';
  return null;
}

/** VLAN input: 0 or absent = the lowest free VLAN, -1 = untagged, 2–4093 = that VLAN. */
export const MIN_VLAN = 2;
export const MAX_VLAN = 4093;

/** The lowest VLAN in 2..4093 that is not taken, or null when the port is full. */
export function lowestFreeVlan(taken: Iterable<number>, from = MIN_VLAN): number | null {
  const used = new Set(taken);
  for (let vlan = Math.max(from, MIN_VLAN); vlan <= MAX_VLAN; vlan++) if (!used.has(vlan)) return vlan;
  return null;
}
