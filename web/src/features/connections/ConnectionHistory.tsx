import type { Connection } from '../../api/models';
import { useI18n } from '../../i18n';
import { formatSpeed } from '../network/network';
import { useSession } from '../../session';

/** A connection's transitions, oldest first, with who and when (to the second); then its speed changes. */
export function ConnectionHistory({ connection, level }: { connection: Connection; level: 3 | 4 }) {
  const { t, lang, formatMoment } = useI18n();
  const { me } = useSession();
  const steps = connection.history;
  const Heading = level === 3 ? 'h3' : 'h4';
  const who = (id: string | null | undefined, name: string | null | undefined) =>
    !id ? null : id === me.user.id ? t('vxc.byYou') : name ? t('vxc.byName', { name }) : null;
  const changes = connection.speedChanges ?? [];
  return (
    <>
      <ol className="timeline" aria-label={t('vxc.historyOf', { name: connection.name })}>
        {steps.map((step, index) => {
          const by = who(step.by, step.byName);
          return (
            <li key={`${step.state}-${step.at}`} className={index === steps.length - 1 ? 'timeline-current' : undefined}>
              <span className="timeline-dot" aria-hidden="true" />
              <span className="timeline-state">{t(`state.${step.state}`)}</span>
              <time dateTime={step.at} className="small muted">
                {formatMoment(step.at)}
              </time>
              {by && <span className="small muted"> · {by}</span>}
            </li>
          );
        })}
      </ol>
      {changes.length > 0 && (
        <>
          <Heading className="small">{t('vxc.speedChanges')}</Heading>
          <ul className="small" aria-label={t('vxc.speedChanges')}>
            {changes.map((change) => {
              const by = change.decidedBy !== change.requestedBy ? who(change.decidedBy, change.decidedByName) : null;
              const at = change.decidedAt ?? change.requestedAt;
              return (
                <li key={change.id}>
                  {t('vxc.speedChangeLine', { from: formatSpeed(lang, change.fromMbps), to: formatSpeed(lang, change.toMbps) })}: {t(`speedChange.${change.state}`)}
                  {by && <> · {by}</>}
                  {change.reason && <> · {change.reason}</>} · <time dateTime={at}>{formatMoment(at)}</time>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
