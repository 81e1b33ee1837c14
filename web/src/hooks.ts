import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import type { Page } from './api/types';

/** A cursor-paginated list with "load more": all pages fetched so far, flattened. */
export function useCursorList<T>(queryKey: QueryKey, fetchPage: (cursor: string | null) => Promise<Page<T>>, enabled = true) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, items };
}
