import { useId, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ListState } from '../../components/DataTable';
import { Dialog } from '../../components/Dialog';
import { LanguageField, TextAreaField, TextField } from '../../components/Fields';
import { Form, useFormMutation } from '../../components/Form';
import { Icon } from '../../components/Icon';
import { TableWrap } from '../../components/TableWrap';
import { languageNames, useI18n, type Language } from '../../i18n';
import { addNumbers, createLocation, listLocations, type Customer, type WholesaleLocation } from './wholesale.api';
import { AddressFields, addressFrom, addressKeys, emptyAddress, formatAddress } from './wholesale';
import { wholesaleKeys } from './queryKeys';

/** "+4930 1, +4930 2" or one a line: the numbers typed. */
export const splitNumbers = (text: string): string[] => text.split(/[\s,;]+/).filter(Boolean);

/** The customer's locations (the headquarters first), each with its numbers, assigned or free. */
export function LocationsPanel({ customer, manage, onNotice }: { customer: Customer; manage: boolean; onNotice: (text: string) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [numbersFor, setNumbersFor] = useState<WholesaleLocation | null>(null);
  const locations = useQuery({ queryKey: wholesaleKeys.locations(customer.id), queryFn: () => listLocations(customer.id) });
  return (
    <section className="panel" aria-labelledby="locations-title">
      <div className="panel-header">
        <h2 id="locations-title">{t('wholesale.locations.title')}</h2>
        {manage && (
          <button type="button" className="button button-small" onClick={() => setAdding(true)}>
            <Icon name="plus" /> {t('wholesale.locations.add')}
          </button>
        )}
      </div>
      <ListState query={{ ...locations, items: locations.data?.items ?? [] }} empty={t('wholesale.locations.empty')}>
        {locations.data?.items.map((location) => (
          <LocationBlock key={location.id} location={location} manage={manage} onAddNumbers={() => setNumbersFor(location)} />
        ))}
      </ListState>
      <Dialog open={adding} wide title={t('wholesale.locations.addTitle', { name: customer.customerInfo.name })} onClose={() => setAdding(false)}>
        <LocationForm
          customer={customer}
          onCancel={() => setAdding(false)}
          onDone={(location) => {
            setAdding(false);
            onNotice(t('wholesale.locations.added', { name: location.name }));
          }}
        />
      </Dialog>
      <ConfirmDialog
        open={numbersFor !== null}
        title={t('wholesale.locations.numbersTitle', { name: numbersFor?.name ?? '' })}
        confirmLabel={t('wholesale.locations.addNumbersAction')}
        onClose={() => setNumbersFor(null)}
        input={{ label: t('wholesale.locations.numbers'), hint: t('wholesale.locations.numbersHint'), multiline: true, required: true, apiFields: ['numbers'] }}
        action={(text) => addNumbers(customer.id, numbersFor!.id, splitNumbers(text))}
        onDone={(location) => {
          setNumbersFor(null);
          void queryClient.invalidateQueries({ queryKey: wholesaleKeys.locations(customer.id) });
          onNotice(t('wholesale.locations.numbersAdded', { name: location.name }));
        }}
      />
    </section>
  );
}

function LocationBlock({ location, manage, onAddNumbers }: { location: WholesaleLocation; manage: boolean; onAddNumbers: () => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="location-block" aria-labelledby={id}>
      <div className="panel-header">
        <h3 id={id}>
          {location.name} {location.headquarters && <span className="badge badge-muted">{t('wholesale.locations.headquarters')}</span>}
        </h3>
        {manage && (
          <button type="button" className="button button-small" onClick={onAddNumbers} aria-label={t('wholesale.locations.addNumbersTo', { name: location.name })}>
            {t('wholesale.locations.addNumbers')}
          </button>
        )}
      </div>
      <p className="small muted">
        {formatAddress(location.address)} · {location.timeZone} · {languageNames[location.language]}
      </p>
      {location.numbers.length === 0 ? (
        <p className="muted">{t('wholesale.locations.noNumbers')}</p>
      ) : (
        <TableWrap label={t('wholesale.locations.numbersOf', { name: location.name })}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('wholesale.locations.number')}</th>
                <th scope="col">{t('wholesale.locations.numberState')}</th>
              </tr>
            </thead>
            <tbody>
              {location.numbers.map((number) => (
                <tr key={number.id}>
                  <th scope="row">{number.number}</th>
                  <td>{number.subscriberId ? <span className="badge badge-ok">{t('wholesale.locations.assigned')}</span> : <span className="badge badge-muted">{t('wholesale.locations.free')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}

function LocationForm({ customer, onCancel, onDone }: { customer: Customer; onCancel: () => void; onDone: (location: WholesaleLocation) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [address, setAddress] = useState({ ...emptyAddress, country: customer.address.country });
  const [timeZone, setTimeZone] = useState(customer.headquarters?.timeZone ?? '');
  const [language, setLanguage] = useState<Language>(customer.customerInfo.language);
  const [numbers, setNumbers] = useState('');
  const form = useFormMutation({
    fields: ['name', 'timeZone', 'language', 'phoneNumbers', ...addressKeys],
    mutationFn: () => createLocation(customer.id, { name: name.trim(), address: addressFrom(address), timeZone: timeZone.trim(), language, ...(numbers.trim() ? { phoneNumbers: splitNumbers(numbers) } : {}) }),
    onSuccess: (location) => {
      void queryClient.invalidateQueries({ queryKey: wholesaleKeys.locations(customer.id) });
      onDone(location);
    },
  });
  const errors = form.fieldErrors;
  return (
    <Form form={form} submitLabel={t('wholesale.locations.addAction')} onCancel={onCancel} noValidate>
      <div className="form-grid">
        <TextField label={t('wholesale.locations.name')} value={name} onChange={setName} error={errors.name} required autoComplete="off" />
        <TextField label={t('wholesale.locations.timeZone')} value={timeZone} onChange={setTimeZone} error={errors.timeZone} hint={t('wholesale.timeZoneHint')} required autoComplete="off" />
        <LanguageField label={t('wholesale.locations.language')} value={language} onChange={setLanguage} error={errors.language} required />
      </div>
      <fieldset>
        <legend>{t('wholesale.locations.address')}</legend>
        <AddressFields values={address} onChange={setAddress} errors={errors} />
      </fieldset>
      <TextAreaField label={t('wholesale.locations.numbers')} value={numbers} onChange={setNumbers} error={errors.phoneNumbers} hint={t('wholesale.locations.numbersHint')} rows={3} />
    </Form>
  );
}
