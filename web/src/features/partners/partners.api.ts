import { api, send, type BodyOf } from '../../api/client';
import type { BillingMarket, Look, ManagedSettings, Page, PartnerApproval, PendingPartnerApprovals, PartnerBranding, PartnerDefaults, SupportDetails, SupportEntry } from '../../api/models';

export function getLook(): Promise<Look> {
  return send(api.GET('/v1/me/branding'));
}

export function getSupport(): Promise<SupportEntry> {
  return send(api.GET('/v1/support'));
}

export function getSupportDetails(companyId: string): Promise<SupportDetails> {
  return send(api.GET('/v1/companies/{id}/support-details', { params: { path: { id: companyId } } }));
}

export type SupportDetailsChanges = BodyOf<'/v1/companies/{id}/support-details', 'put'>;

export function saveSupportDetails(companyId: string, details: SupportDetailsChanges): Promise<SupportDetails> {
  return send(api.PUT('/v1/companies/{id}/support-details', { params: { path: { id: companyId } }, body: details }));
}

export function getManagedSettings(companyId: string): Promise<ManagedSettings> {
  return send(api.GET('/v1/companies/{id}/managed-settings', { params: { path: { id: companyId } } }));
}

export type SettingsChanges = BodyOf<'/v1/companies/{id}/managed-settings', 'patch'>;

export function updateManagedSettings(companyId: string, changes: SettingsChanges): Promise<ManagedSettings> {
  return send(api.PATCH('/v1/companies/{id}/managed-settings', { params: { path: { id: companyId } }, body: changes }));
}

export function getDefaults(partnerId: string): Promise<PartnerDefaults> {
  return send(api.GET('/v1/companies/{id}/partner-defaults', { params: { path: { id: partnerId } } }));
}

export function updateDefaults(partnerId: string, changes: SettingsChanges): Promise<PartnerDefaults> {
  return send(api.PATCH('/v1/companies/{id}/partner-defaults', { params: { path: { id: partnerId } }, body: changes }));
}

export function getBranding(companyId: string): Promise<PartnerBranding> {
  return send(api.GET('/v1/companies/{id}/branding', { params: { path: { id: companyId } } }));
}

export type BrandingChanges = BodyOf<'/v1/companies/{id}/branding', 'put'>;

export function saveBranding(companyId: string, branding: BrandingChanges): Promise<PartnerBranding> {
  return send(api.PUT('/v1/companies/{id}/branding', { params: { path: { id: companyId } }, body: branding }));
}

export function listBillingMarkets(companyId: string): Promise<{ items: BillingMarket[] }> {
  return send(api.GET('/v1/billing-markets', { params: { query: { companyId } } }));
}

export function enableBillingMarket(companyId: string, country: string): Promise<BillingMarket> {
  return send(api.POST('/v1/billing-markets', { body: { companyId, country } }));
}

export function disableBillingMarket(id: string): Promise<void> {
  return send(api.DELETE('/v1/billing-markets/{id}', { params: { path: { id } } }));
}

export function listPartnerApprovals(state: PartnerApproval['state'], cursor: string | null): Promise<Page<PartnerApproval>> {
  return send(api.GET('/v1/partner-approvals', { params: { query: { state, cursor: cursor ?? undefined } } }));
}

export function pendingPartnerApprovals(): Promise<PendingPartnerApprovals> {
  return send(api.GET('/v1/partner-approvals/pending'));
}

export function approvePartnerApproval(id: string): Promise<PartnerApproval> {
  return send(api.POST('/v1/partner-approvals/{id}/approve', { params: { path: { id } }, body: {} }));
}

export function rejectPartnerApproval(id: string, reason: string): Promise<PartnerApproval> {
  return send(api.POST('/v1/partner-approvals/{id}/reject', { params: { path: { id } }, body: { reason } }));
}
