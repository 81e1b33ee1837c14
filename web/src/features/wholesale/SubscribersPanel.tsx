import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DataTable } from '../../components/DataTable';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/Fields';
import { Form, useFormMutation } from '../../components/Form';
import { Icon } from '../../components/Icon';
import { useCursorList } from '../../hooks';
import { useI18n } from '../../i18n';
import { createSubscriber, listLocations, listSubscribers, type Customer, type Subscriber } from './wholesale.api';
import { useCatalogue, usePackageName } from './wholesale';
import { wholesaleKeys } from './queryKeys';

/** The customer's users (subscribers): each with one package, maybe a location, number and extension. */
export function SubscribersPanel({ customer, manage, onNotice }: { customer: Customer; manage: boolean; onNotice: (text: string) => void }) {
  const { t } = useI18n();
  const packageName = usePackageName();
  const [adding, setAdding] = useState(false);
  const subscribers = useCursorList(wholesaleKeys.subscribers(customer.id), (cursor) => listSubscribers(customer.id, cursor));
  const locations = useQuery({ queryKey: wholesaleKeys.locations(customer.id), queryFn: () => listLocations(customer.id) });
  const locationName = (id: string | null) => (id ? (locations.data?.items.find((location) => location.id === id)?.name ?? '—') : '—');
  return (
    <section className="panel" aria-labelledby="subscribers-title">
      <div className="panel-header">
        <h2 id="subscribers-title">{t('wholesale.users.title')}</h2>
        {manage && (
          <button type="button" className="button button-small" onClick={() => setAdding(true)}>
            <Icon name="plus" /> {t('wholesale.users.add')}
          </button>
        )}
      </div>
      <DataTable
        query={subscribers}
        label={t('wholesale.users.title')}
        empty={t('wholesale.users.empty')}
        rowKey={(subscriber) => subscriber.id}
        columns={[
          { header: t('wholesale.users.name'), rowHeader: true, cell: (s: Subscriber) => `${s.firstName} ${s.lastName}` },
          { header: t('wholesale.users.email'), cell: (s) => s.email },
          { header: t('wholesale.users.package'), cell: (s) => packageName(s.package) },
          { header: t('wholesale.users.role'), cell: (s) => t(`wholesale.role.${s.role}`) },
          { header: t('wholesale.users.location'), cell: (s) => locationName(s.locationId) },
          { header: t('wholesale.users.number'), className: 'nowrap', cell: (s) => [s.phoneNumber, s.extension && t('wholesale.users.ext', { extension: s.extension })].filter(Boolean).join(' · ') || '—' },
        ]}
      />
      <Dialog open={adding} wide title={t('wholesale.users.addTitle', { name: customer.customerInfo.name })} onClose={() => setAdding(false)}>
        <SubscriberForm
          customer={customer}
          onCancel={() => setAdding(false)}
          onDone={(subscriber) => {
            setAdding(false);
            onNotice(t('wholesale.users.added', { email: subscriber.email }));
          }}
        />
      </Dialog>
    </section>
  );
}

const fields = ['email', 'firstName', 'lastName', 'package', 'locationId', 'phoneNumber', 'extension', 'role'] as const;

function SubscriberForm({ customer, onCancel, onDone }: { customer: Customer; onCancel: () => void; onDone: (subscriber: Subscriber) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const packageName = usePackageName();
  const catalogue = useCatalogue().data;
  const locations = useQuery({ queryKey: wholesaleKeys.locations(customer.id), queryFn: () => listLocations(customer.id) }).data?.items ?? [];
  // Each user has exactly one base package of the customer's (add-ons are not given to users).
  const bases = customer.packages.filter((line) => catalogue?.packages.find((entry) => entry.name === line.name)?.kind !== 'addon');
  const [values, setValues] = useState({ email: '', firstName: '', lastName: '', package: bases[0]?.name ?? '', role: 'user', locationId: '', phoneNumber: '', extension: '' });
  const set = (name: keyof typeof values) => (value: string) => setValues((old) => ({ ...old, [name]: value, ...(name === 'locationId' ? { phoneNumber: '' } : {}) }));
  const location = locations.find((entry) => entry.id === values.locationId);
  const freeNumbers = location?.numbers.filter((number) => number.subscriberId === null) ?? [];

  const form = useFormMutation({
    fields,
    mutationFn: () =>
      createSubscriber({
        customerId: customer.id,
        email: values.email.trim(),
        firstName: values.firstName.trim(),
        lastName: values.lastName.trim(),
        package: values.package,
        role: values.role === 'admin' ? 'admin' : 'user',
        ...(values.locationId ? { locationId: values.locationId } : {}),
        ...(values.phoneNumber ? { phoneNumber: values.phoneNumber } : {}),
        ...(values.extension.trim() ? { extension: values.extension.trim() } : {}),
      }),
    onSuccess: (subscriber) => {
      void queryClient.invalidateQueries({ queryKey: wholesaleKeys.customer(customer.id) });
      void queryClient.invalidateQueries({ queryKey: wholesaleKeys.customers, exact: true });
      onDone(subscriber);
    },
  });
  const errors = form.fieldErrors;
  const used = (name: string) => customer.packages.find((line) => line.name === name);
  return (
    <Form form={form} submitLabel={t('wholesale.users.addAction')} onCancel={onCancel} noValidate>
      <div className="form-grid">
        <TextField label={t('wholesale.users.firstName')} value={values.firstName} onChange={set('firstName')} error={errors.firstName} required autoComplete="off" />
        <TextField label={t('wholesale.users.lastName')} value={values.lastName} onChange={set('lastName')} error={errors.lastName} required autoComplete="off" />
        <TextField label={t('wholesale.users.email')} type="email" value={values.email} onChange={set('email')} error={errors.email} required autoComplete="off" />
        <SelectField
          label={t('wholesale.users.package')}
          value={values.package}
          onChange={set('package')}
          error={errors.package}
          required
          options={bases.map((line) => ({ value: line.name, label: t('wholesale.users.packageLeft', { name: packageName(line.name), left: Math.max((used(line.name)?.quantity ?? 0) - (used(line.name)?.assigned ?? 0), 0) }) }))}
        />
        <SelectField
          label={t('wholesale.users.role')}
          value={values.role}
          onChange={set('role')}
          error={errors.role}
          hint={t('wholesale.users.roleHint')}
          options={[{ value: 'user', label: t('wholesale.role.user') }, { value: 'admin', label: t('wholesale.role.admin') }]}
        />
      </div>
      <fieldset>
        <legend>{t('wholesale.users.calling')}</legend>
        <p className="small muted">{t('wholesale.users.callingHint')}</p>
        <div className="form-grid">
          <SelectField
            label={t('wholesale.users.location')}
            value={values.locationId}
            onChange={set('locationId')}
            error={errors.locationId}
            options={[{ value: '', label: t('wholesale.users.noLocation') }, ...locations.map((entry) => ({ value: entry.id, label: entry.name }))]}
          />
          <SelectField
            label={t('wholesale.users.number')}
            value={values.phoneNumber}
            onChange={set('phoneNumber')}
            error={errors.phoneNumber}
            options={[{ value: '', label: location ? t('wholesale.users.noNumber') : t('wholesale.users.pickLocation') }, ...freeNumbers.map((number) => ({ value: number.number, label: number.number }))]}
          />
          <TextField label={t('wholesale.users.extension')} value={values.extension} onChange={set('extension')} error={errors.extension} inputMode="numeric" autoComplete="off" />
        </div>
      </fieldset>
    </Form>
  );
}
