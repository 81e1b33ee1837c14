// The compliance feature's query keys.
export const complianceKeys = {
  lists: ['compliance', 'lists'] as const,
  rescreens: ['compliance', 'rescreens'] as const,
  reviews: ['compliance', 'reviews'] as const,
  reviewList: (status: string) => ['compliance', 'reviews', 'list', status] as const,
  review: (reviewId: string) => ['compliance', 'reviews', reviewId] as const,
  company: (companyId: string) => ['compliance', 'company', companyId] as const,
};
