import { useEffect, useState } from 'react';
import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import type { Page } from './api/models';

interface CursorListOptions<T> {
  enabled?: boolean;
  /** Poll while this says so (e.g. while something in the list is still pending); milliseconds. */
  pollWhile?: (items: T[]) => number | false;
}

/** A cursor-paginated list with "load more": all pages fetched so far, flattened. */
export function useCursorList<T>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
  options: CursorListOptions<T> | boolean = {},
) {
  const { enabled = true, pollWhile } = typeof options === 'boolean' ? { enabled: options } : options;
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
    refetchInterval: pollWhile ? (q) => pollWhile(q.state.data?.pages.flatMap((page) => page.items) ?? []) : undefined,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, items };
}

/** `value`, once it has stopped changing for `delay` milliseconds (search as you type). */
export function useDebounced<T>(value: T, delay = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
