import type { ReactNode } from 'react';
import { useT } from '../i18n';

/**
 * A table's horizontal scroll area. It is a labelled, focusable region so keyboard users can scroll
 * it with the arrow keys when the table is wider than its panel (axe: scrollable-region-focusable).
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  const t = useT();
  // "Table: …" keeps the region's name apart from the panel's (axe: landmark-unique).
  return (
    <div className="table-wrap" role="region" aria-label={t('common.tableRegion', { name: label })} tabIndex={0}>
      {children}
    </div>
  );
}
