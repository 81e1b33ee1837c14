// Shapes of the network, marketplace and connection parts of the v1 API (see /openapi.json).

export type ProvisioningStatus = 'DEPLOYABLE' | 'CONFIGURED' | 'LIVE' | 'CANCELLED' | 'DECOMMISSIONED';

export interface Port {
  id: string;
  companyId: string;
  locationId: string;
  kind: 'port' | 'mcr' | string;
  name: string;
  speedMbps: number;
  marketplaceVisibility: 'public' | 'private' | string;
  provisioningStatus: ProvisioningStatus;
  orderedAt: string;
  configuredAt: string | null;
  liveAt: string | null;
  cancelledAt: string | null;
  decommissionedAt: string | null;
}

/** The service categories a provider can offer (as the API's profile schema lists them). */
export const serviceCategories = [
  'cloud',
  'internet',
  'security',
  'storage',
  'compute',
  'voice',
  'content-delivery',
  'data-centre',
  'managed-services',
  'iot',
] as const;

export interface ProviderPort {
  id: string;
  name: string;
  locationId: string;
  locationName: string;
  speedMbps: number;
  distanceKm?: number;
}

export interface Provider {
  companyId: string;
  title: string;
  description: string;
  services: string[];
  logoUrl: string | null;
  ports: ProviderPort[];
}

export interface ProviderProfile {
  companyId: string;
  title: string;
  description: string;
  services: string[];
  contactEmail: string;
  website: string | null;
  phone: string | null;
  hqAddress: unknown;
  logoUrl: string | null;
  updatedAt: string;
}

export const connectionStates = [
  'AWAITING_APPROVAL',
  'DEPLOYABLE',
  'CONFIGURED',
  'LIVE',
  'DENIED',
  'CANCELLED',
  'DECOMMISSIONED',
] as const;
export type ConnectionState = (typeof connectionStates)[number];

export interface ConnectionEnd {
  portId: string;
  vlan: number | null;
  portName?: string;
  locationId?: string;
}

export interface Connection {
  id: string;
  name: string;
  state: ConnectionState | string;
  rateLimitMbps: number;
  companyId: string;
  companyName?: string;
  providerCompanyId: string;
  providerName?: string;
  createdAt?: string;
  aEnd: ConnectionEnd;
  bEnd: ConnectionEnd;
  serviceKeyId?: string | null;
  pendingSpeedChange?: { id: string; rateLimitMbps: number; requestedAt: string } | null;
  approval: { state: string; reason: string | null; decidedAt: string | null };
  history: { state: string; at: string; by: string | null; byName?: string | null }[];
  /** GET /v1/connections/{id} only. */
  speedChanges?: (SpeedChange & { requestedByName: string | null; decidedByName: string | null })[];
}

/** GET /v1/connections/summary: one side's connections (customer = A-ends, provider = B-ends). */
export interface ConnectionSummary {
  side: 'customer' | 'provider';
  byState: Record<string, number>;
  liveBandwidthByLocation: { locationId: string; locationName: string; rateLimitMbps: number; connections: number }[];
}

export type SpeedChangeState = 'AWAITING_APPROVAL' | 'APPLIED' | 'REJECTED' | 'CANCELLED';

export interface SpeedChange {
  id: string;
  connectionId: string;
  fromMbps: number;
  toMbps: number;
  state: SpeedChangeState | string;
  reason: string | null;
  requestedAt: string;
  requestedBy: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
}

export type Approval =
  | { kind: 'connection'; connection: Connection }
  | { kind: 'speed_change'; speedChange: SpeedChange; connection: Connection };

export interface ServiceKey {
  id: string;
  key: string;
  portId: string;
  portName: string;
  companyId: string;
  singleUse: boolean;
  maxSpeedMbps: number;
  vlan: number | null;
  validFrom: string | null;
  validTo: string | null;
  active: boolean;
  preApproved: boolean;
  description: string | null;
  lastUsedAt: string | null;
  usedCount: number;
  spentAt: string | null;
  createdAt: string;
}

/** What a customer sees of a service key before ordering with it. */
export interface ServiceKeyPreview {
  portId: string;
  portName: string;
  locationId: string;
  providerCompanyId: string;
  providerName: string;
  maxSpeedMbps: number;
  vlan: number | null;
  preApproved: boolean;
}
