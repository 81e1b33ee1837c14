import { ComplianceBadge } from '../compliance/compliance';
import type { ComplianceStatus } from '../../api/models';
import { DataTable } from '../../components/DataTable';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { useCursorList } from '../../hooks';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { useSession } from '../../session';
import { listCustomers, type Customer } from './wholesale.api';
import { CustomerStatusBadge, usePackageName } from './wholesale';
import { wholesaleKeys } from './queryKeys';

/** Polls while a customer is being provisioned or deprovisioned. */
export const busy = (customer: Customer) => customer.status === 'provisioning' || customer.status === 'deprovisioning';

/** The partner's customer organisations: status, package use against the caps, screening, data region. */
export function CustomersPage() {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const packageName = usePackageName();
  const customers = useCursorList(wholesaleKeys.customers, (cursor) => listCustomers(cursor), { pollWhile: (items) => (items.some(busy) ? 2000 : false) });
  const count = (n: number) => n.toLocaleString(lang);
  return (
    <>
      <PageHeader
        title={t('wholesale.customers.title')}
        subtitle={t('wholesale.customers.subtitle')}
        actions={
          can('wholesale.customers.manage') && (
            <Link to="/partner/wholesale/customers/new" className="button button-primary">
              <Icon name="plus" /> {t('wholesale.customers.new')}
            </Link>
          )
        }
      />
      <section className="panel">
        <DataTable
          query={customers}
          label={t('wholesale.customers.title')}
          empty={t('wholesale.customers.empty')}
          rowKey={(customer) => customer.id}
          columns={[
            {
              header: t('wholesale.customers.name'),
              rowHeader: true,
              cell: (customer) => <Link to={`/partner/wholesale/customers/${customer.id}`}>{customer.customerInfo.name}</Link>,
            },
            { header: t('wholesale.customers.externalId'), cell: (customer) => <code>{customer.externalId}</code> },
            { header: t('wholesale.customers.status'), cell: (customer) => <CustomerStatusBadge status={customer.status} /> },
            {
              header: t('wholesale.customers.packages'),
              cell: (customer) => (
                <ul className="plain-list">
                  {customer.packages.map((line) => (
                    <li key={line.name}>{t('wholesale.customers.packageUse', { name: packageName(line.name), assigned: count(line.assigned), quantity: count(line.quantity) })}</li>
                  ))}
                </ul>
              ),
            },
            {
              header: t('wholesale.customers.compliance'),
              cell: (customer) => <ComplianceBadge status={customer.compliance.status as ComplianceStatus | null} deprovisionedAt={customer.deprovisionedAt} />,
            },
            { header: t('wholesale.customers.dataRegion'), cell: (customer) => <code>{customer.dataRegion}</code> },
          ]}
        />
      </section>
    </>
  );
}
