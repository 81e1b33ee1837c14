import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Dialog } from '../../components/Dialog';
import { Detail } from '../../components/Detail';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { useSession } from '../../session';
import { getSupport } from './partners.api';
import { partnersKeys } from './queryKeys';

/**
 * "Support" in the top bar: whom to ask (the partner or the operator, as GET /v1/support says) and,
 * when the user may chat, the button that opens the supporter's chat.
 */
export function SupportButton() {
  const t = useT();
  const { can } = useSession();
  const [open, setOpen] = useState(false);
  const support = useQuery({ queryKey: partnersKeys.support, queryFn: getSupport, staleTime: 60_000 });
  const entry = support.data;
  return (
    <>
      <button type="button" className="button topbar-support" onClick={() => setOpen(true)}>
        <Icon name="help" />
        <span className="topbar-support-label">{t('support.button')}</span>
      </button>
      <Dialog open={open} title={entry ? t('support.title', { name: entry.name }) : t('support.button')} onClose={() => setOpen(false)}>
        {entry && (
          <>
            <p>{t(entry.supportedBy === 'partner' ? 'support.byPartner' : 'support.byOperator', { name: entry.name })}</p>
            <dl className="details">
              {entry.email && <Detail label={t('support.email')}><a href={`mailto:${entry.email}`}>{entry.email}</a></Detail>}
              {entry.phone && <Detail label={t('support.phone')}><a href={`tel:${entry.phone.replace(/[^+0-9]/g, '')}`}>{entry.phone}</a></Detail>}
              {entry.url && <Detail label={t('support.site')}><a href={entry.url} target="_blank" rel="noreferrer">{entry.url}</a></Detail>}
            </dl>
            {!entry.email && !entry.phone && !entry.url && <p>{t('support.noContact')}</p>}
            {entry.chatUrl ? (
              <a className="button button-primary" href={entry.chatUrl} target="_blank" rel="noreferrer">
                {t('support.chat')}
              </a>
            ) : (
              !can('support_chat.use') && <p className="muted">{t('support.noChat', { name: entry.name })}</p>
            )}
          </>
        )}
      </Dialog>
    </>
  );
}
