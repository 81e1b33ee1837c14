import { useQuery } from '@tanstack/react-query';
import type { ScreeningListImport } from '../../api/models';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { useI18n } from '../../i18n';
import { listScreeningLists } from './compliance.api';
import { complianceKeys } from './queryKeys';
import { RescreenProgress } from './RescreenProgress';

/** The operator's screening lists: each import with its counts, checksum and bad rows; the active version of each list marked. */
export function ScreeningListsPage() {
  const { t, lang, formatDateTime } = useI18n();
  const lists = useQuery({ queryKey: complianceKeys.lists, queryFn: listScreeningLists });
  const count = (n: number) => n.toLocaleString(lang);
  return (
    <>
      <PageHeader title={t('screeningLists.title')} subtitle={t('screeningLists.subtitle')} />
      <RescreenProgress />
      <Panel title={t('screeningLists.title')} titleHidden>
        <DataTable
          query={{ ...lists, items: lists.data?.items ?? [] }}
          label={t('screeningLists.title')}
          caption={t('screeningLists.caption')}
          empty={t('screeningLists.empty')}
          rowKey={(item) => item.id}
          columns={[
            { header: t('screeningLists.list'), cell: (item) => t(`screeningLists.name.${item.list}`), rowHeader: true },
            { header: t('screeningLists.version'), cell: (item) => <code className="small">{item.version}</code> },
            { header: t('screeningLists.state'), cell: (item) => <ActiveBadge item={item} /> },
            { header: t('screeningLists.entries'), cell: (item) => count(item.entries), className: 'nowrap' },
            { header: t('screeningLists.badRows'), cell: (item) => <BadRows item={item} /> },
            { header: t('screeningLists.importedAt'), cell: (item) => formatDateTime(item.importedAt), className: 'nowrap' },
            { header: t('screeningLists.checksum'), cell: (item) => <code className="small" title={item.checksum}>{item.checksum.slice(0, 12)}…</code> },
          ]}
        />
      </Panel>
    </>
  );
}

function ActiveBadge({ item }: { item: ScreeningListImport }) {
  const { t } = useI18n();
  return item.active ? <span className="badge badge-ok">{t('screeningLists.active')}</span> : <span className="badge badge-muted">{t('screeningLists.replaced')}</span>;
}

/** The count, and the rows themselves (line and reason) on request. */
function BadRows({ item }: { item: ScreeningListImport }) {
  const { t, lang } = useI18n();
  if (item.badRows === 0) return <>0</>;
  return (
    <details>
      <summary>{item.badRows.toLocaleString(lang)}</summary>
      <ul className="small">
        {item.badRowSample.map((bad) => (
          <li key={bad.line}>{t('screeningLists.badRow', { line: bad.line, reason: bad.reason })}</li>
        ))}
      </ul>
    </details>
  );
}
