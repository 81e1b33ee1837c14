import type { MouseEvent, ReactNode } from 'react';
import { useT } from '../i18n';
import { ErrorPanel } from './ErrorPanel';
import { Spinner } from './Spinner';
import { TableWrap } from './TableWrap';

/** What DataTable needs of a query: useCursorList's answer, or a useQuery's with `items`. */
export interface TableQuery<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
  items: T[];
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  fetchNextPage?: () => unknown;
}

export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  className?: string;
  /** The cell that names the row: a `<th scope="row">`. */
  rowHeader?: boolean;
}

/** A column of row buttons, with a heading only screen readers hear. */
export function actionsColumn<T>(label: string, cell: (row: T) => ReactNode): Column<T> {
  return { header: <span className="visually-hidden">{label}</span>, cell, className: 'row-actions' };
}

/**
 * What every list shows before its rows: a spinner while loading, the problem (with retry) when
 * loading failed, a line when there is nothing; else `children` (the rows), then "load more" while
 * the list has more pages.
 */
export function ListState<T>({ query, empty, emptyInPanel = false, children }: { query: TableQuery<T>; empty: ReactNode; emptyInPanel?: boolean; children: ReactNode }) {
  const emptyLine = <p className="muted">{empty}</p>;
  return (
    <>
      {query.isPending ? (
        <Spinner />
      ) : query.isError ? (
        <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
      ) : query.items.length === 0 ? (
        emptyInPanel ? <section className="panel">{emptyLine}</section> : emptyLine
      ) : (
        children
      )}
      <LoadMore query={query} />
    </>
  );
}

/** "Load more" under a cursor list (tables and card lists). */
export function LoadMore<T>({ query }: { query: TableQuery<T> }) {
  const t = useT();
  if (!query.hasNextPage) return null;
  return (
    <button
      type="button"
      className="button load-more"
      onClick={() => !query.isFetchingNextPage && void query.fetchNextPage?.()}
      aria-disabled={query.isFetchingNextPage || undefined}
    >
      {query.isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
    </button>
  );
}

/**
 * The portal's one table: a spinner while loading, the problem (with retry) when loading failed, a
 * line when there is nothing, else the rows, and "load more" while the list has more pages.
 */
export function DataTable<T>({
  query,
  label,
  caption,
  empty,
  columns,
  rowKey,
  rowClassName,
  tableClassName,
  onRowClick,
}: {
  query: TableQuery<T>;
  /** Names the scroll region. */
  label: string;
  /** A caption for screen readers. */
  caption?: string;
  empty: ReactNode;
  /** `false` leaves a column out (one the user may not use). */
  columns: (Column<T> | false)[];
  rowKey: (row: T) => string;
  rowClassName?: (row: T) => string | undefined;
  tableClassName?: string;
  onRowClick?: (event: MouseEvent<HTMLTableRowElement>, row: T) => void;
}) {
  const shown = columns.filter((column): column is Column<T> => column !== false);
  return (
    <ListState query={query} empty={empty}>
      <TableWrap label={label}>
        <table className={tableClassName}>
          {caption && <caption className="visually-hidden">{caption}</caption>}
          <thead>
            <tr>
              {shown.map((column, index) => (
                <th key={index} scope="col">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {query.items.map((row) => (
              <tr key={rowKey(row)} className={rowClassName?.(row)} onClick={onRowClick && ((event) => onRowClick(event, row))}>
                {shown.map((column, index) =>
                  column.rowHeader ? (
                    <th key={index} scope="row" className={column.className}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={index} className={column.className}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </ListState>
  );
}
