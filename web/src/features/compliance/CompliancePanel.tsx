import { useQuery } from '@tanstack/react-query';
import type { Company } from '../../api/models';
import { DataTable } from '../../components/DataTable';
import { Detail } from '../../components/Detail';
import { Panel } from '../../components/Panel';
import { useI18n, type Translate } from '../../i18n';
import { Link } from '../../router';
import { useSession } from '../../session';
import { getCompanyCompliance } from './compliance.api';
import { ComplianceBadge } from './compliance';
import { complianceKeys } from './queryKeys';

const reasonText = (t: Translate, reason: string) => {
  const key = `complianceReason.${reason}`;
  const text = t(key);
  return text === key ? reason : text;
};

/** A customer's screening on its page: status, last check, deprovisioning, the history; officers get a link to the open review. */
export function CompliancePanel({ company }: { company: Company }) {
  const { t, formatDateTime } = useI18n();
  const { can } = useSession();
  const compliance = useQuery({ queryKey: complianceKeys.company(company.id), queryFn: () => getCompanyCompliance(company.id) });
  const data = compliance.data;
  const open = data?.reviews.find((review) => review.status === 'open');
  const latest = data?.reviews[0];
  return (
    <Panel title={t('compliance.title')}>
      <dl className="details">
        <Detail label={t('compliance.status')}>
          <ComplianceBadge status={data?.status ?? company.compliance?.status} deprovisionedAt={data?.deprovisionedAt ?? company.deprovisionedAt} />
        </Detail>
        <Detail label={t('compliance.checkedAt')}>{formatDateTime(data?.checkedAt ?? company.compliance?.checkedAt)}</Detail>
        {(data?.deprovisionedAt ?? company.deprovisionedAt) && <Detail label={t('compliance.deprovisionedAt')}>{formatDateTime(data?.deprovisionedAt ?? company.deprovisionedAt)}</Detail>}
        {can('compliance.review') && (open ?? latest) && (
          <Detail label={t('compliance.review')}>
            <Link to={`/compliance/reviews/${(open ?? latest)!.id}`}>{t(open ? 'compliance.openReview' : 'compliance.latestReview')}</Link>
          </Detail>
        )}
      </dl>
      <h3 className="subheading">{t('compliance.history')}</h3>
      <DataTable
        query={{ ...compliance, items: data?.history ?? [] }}
        label={t('compliance.history')}
        caption={t('compliance.historyCaption')}
        empty={t('compliance.historyEmpty')}
        rowKey={(entry) => `${entry.at}-${entry.status}-${entry.reason}`}
        columns={[
          { header: t('compliance.at'), cell: (entry) => formatDateTime(entry.at), className: 'nowrap', rowHeader: true },
          { header: t('compliance.status'), cell: (entry) => <ComplianceBadge status={entry.status} /> },
          { header: t('compliance.reason'), cell: (entry) => reasonText(t, entry.reason) },
          { header: t('compliance.by'), cell: (entry) => entry.byName ?? '—' },
          can('compliance.review') && { header: t('compliance.note'), cell: (entry) => entry.note ?? '—' },
        ]}
      />
    </Panel>
  );
}
