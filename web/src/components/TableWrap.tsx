import type { ReactNode } from 'react';

/**
 * A table's horizontal scroll area. It is a labelled, focusable region so keyboard users can scroll
 * it with the arrow keys when the table is wider than its panel (axe: scrollable-region-focusable).
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
