import { api, send, type BodyOf } from '../../api/client';
import type { CompanyCompliance, ScreeningListImport, ScreeningRescreen, ScreeningReview, ScreeningReviewStatus } from '../../api/models';

const byId = (id: string) => ({ params: { path: { id } } });

export type ContactAttempt = BodyOf<'/v1/compliance/reviews/{id}/contact-attempts', 'post'>;
export type ReviewDecision = 'approve' | 'reject';

export function listScreeningLists(): Promise<{ items: ScreeningListImport[] }> {
  return send(api.GET('/v1/compliance/lists'));
}

export function listRescreens(): Promise<{ items: ScreeningRescreen[] }> {
  return send(api.GET('/v1/compliance/rescreens'));
}

/** Open reviews oldest first; decided ones newest first. */
export function listReviews(status: ScreeningReviewStatus): Promise<{ items: ScreeningReview[] }> {
  return send(api.GET('/v1/compliance/reviews', { params: { query: { status } } }));
}

export function getReview(reviewId: string): Promise<ScreeningReview> {
  return send(api.GET('/v1/compliance/reviews/{id}', byId(reviewId)));
}

export function decideReview(reviewId: string, decision: ReviewDecision, note: string): Promise<ScreeningReview> {
  const request = { ...byId(reviewId), body: { note } };
  return send(decision === 'approve' ? api.POST('/v1/compliance/reviews/{id}/approve', request) : api.POST('/v1/compliance/reviews/{id}/reject', request));
}

export function addContactAttempt(reviewId: string, attempt: ContactAttempt): Promise<{ id: string; review: ScreeningReview }> {
  return send(api.POST('/v1/compliance/reviews/{id}/contact-attempts', { ...byId(reviewId), body: attempt }));
}

/** A customer's screening status, history, checks and (for officers) reviews. */
export function getCompanyCompliance(companyId: string): Promise<CompanyCompliance> {
  return send(api.GET('/v1/companies/{id}/compliance', byId(companyId)));
}
