import { useQuery } from '@tanstack/react-query';
import { Detail } from '../../components/Detail';
import { Panel } from '../../components/Panel';
import { useI18n } from '../../i18n';
import { listRescreens, listScreeningLists } from './compliance.api';
import { complianceKeys } from './queryKeys';

/** The latest re-screening of every customer after an import: how far it got, and what it found; polls while it runs. */
export function RescreenProgress() {
  const { t, lang, formatDateTime } = useI18n();
  const rescreens = useQuery({
    queryKey: complianceKeys.rescreens,
    queryFn: listRescreens,
    refetchInterval: (query) => (query.state.data?.items[0] && !query.state.data.items[0].finishedAt ? 2000 : false),
  });
  const latest = rescreens.data?.items[0];
  // The import that started it (the lists page has loaded them already).
  const imported = useQuery({ queryKey: complianceKeys.lists, queryFn: listScreeningLists }).data?.items.find((item) => item.id === latest?.listId);
  if (!latest) return null;
  const running = latest.finishedAt === null;
  const count = (n: number) => n.toLocaleString(lang);
  const label = t('rescreen.progress', { done: count(latest.done), total: count(latest.total) });
  return (
    <Panel title={t(running ? 'rescreen.running' : 'rescreen.latest')}>
      <div className="rescreen">
        <progress value={latest.done} max={Math.max(latest.total, 1)} aria-label={t('rescreen.progressLabel')} />
        <span>{label}</span>
      </div>
      <dl className="details">
        {imported && <Detail label={t('rescreen.after')}>{t(`screeningLists.name.${imported.list}`)} · <code className="small">{imported.version}</code></Detail>}
        <Detail label={t('rescreen.potentialMatches')}>{count(latest.potentialMatches)}</Detail>
        <Detail label={t('rescreen.startedAt')}>{formatDateTime(latest.startedAt)}</Detail>
        <Detail label={t('rescreen.finishedAt')}>{running ? t('rescreen.notYet') : formatDateTime(latest.finishedAt)}</Detail>
      </dl>
    </Panel>
  );
}
