/**
 * How many responses had each status, e.g. `{ 201: 1, 409: 9 }`. Compared with `toEqual`, it pins the
 * exact count of every status and fails on any status not named (a 500 included).
 */
export function statusCounts(responses: { statusCode: number }[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const r of responses) counts[r.statusCode] = (counts[r.statusCode] ?? 0) + 1;
  return counts;
}
