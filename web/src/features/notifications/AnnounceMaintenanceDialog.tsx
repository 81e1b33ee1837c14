import { useId, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { announceMaintenance } from './maintenance.api';
import type { Location, MaintenanceEvent, MaintenanceKind } from '../../api/models';
import { Dialog } from '../../components/Dialog';
import { CheckField, CheckGroup, FieldMessage, RequiredMark, SelectField, TextAreaField, TextField } from '../../components/Fields';
import { Form, useFormMutation } from '../../components/Form';
import { useI18n } from '../../i18n';
import { notificationsKeys } from './queryKeys';

/** `datetime-local` gives the user's local wall-clock time without a zone; the API wants an instant. */
export function localToIso(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function AnnounceMaintenanceDialog({
  open,
  locations,
  onClose,
  onAnnounced,
}: {
  open: boolean;
  locations: Location[];
  onClose: () => void;
  onAnnounced: (event: MaintenanceEvent) => void;
}) {
  const { t } = useI18n();
  return (
    <Dialog open={open} wide title={t('maintenance.announceTitle')} onClose={onClose}>
      <AnnounceForm locations={locations} onCancel={onClose} onAnnounced={onAnnounced} />
    </Dialog>
  );
}

function AnnounceForm({ locations, onCancel, onAnnounced }: { locations: Location[]; onCancel: () => void; onAnnounced: (event: MaintenanceEvent) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<MaintenanceKind>('maintenance');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [locationIds, setLocationIds] = useState<string[]>([]);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const form = useFormMutation({
    fields: ['title', 'description', 'startsAt', 'endsAt', 'locationIds', 'kind'],
    mutationFn: () =>
      announceMaintenance({
        kind,
        title: title.trim(),
        description: description.trim(),
        startsAt: localToIso(startsAt)!,
        endsAt: localToIso(endsAt)!,
        locationIds,
      }),
    onSuccess: (event) => {
      void queryClient.invalidateQueries({ queryKey: notificationsKeys.maintenance });
      onAnnounced(event);
    },
    check: () => {
      const found: Record<string, string> = {};
      if (!title.trim()) found.title = t('problem.required');
      if (!description.trim()) found.description = t('problem.required');
      const start = localToIso(startsAt);
      const end = localToIso(endsAt);
      if (!start) found.startsAt = t('problem.required');
      if (!end) found.endsAt = t('problem.required');
      if (start && end && end <= start) found.endsAt = t('problem.ends_before_start');
      if (locationIds.length === 0) found.locationIds = t('problem.no_scope');
      setLocalErrors(found);
      return Object.keys(found).length === 0;
    },
  });
  const errors = { ...form.fieldErrors, ...localErrors };
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  /** A change to a field clears the local error it showed. */
  const edit =
    <V,>(field: string, set: (value: V) => void) =>
    (value: V) => {
      set(value);
      setLocalErrors(({ [field]: _gone, ...rest }) => rest);
    };
  const timeHint = t('maintenance.timeZoneHint', { zone });

  return (
    <Form form={form} submitLabel={t('maintenance.announceAction')} onCancel={onCancel} noValidate>
      <div className="form-grid">
        <SelectField
          label={t('maintenance.kind')}
          value={kind}
          onChange={(value) => setKind(value === 'outage' ? 'outage' : 'maintenance')}
          options={[
            { value: 'maintenance', label: t('notification.kind.maintenance') },
            { value: 'outage', label: t('notification.kind.outage') },
          ]}
          error={errors.kind}
        />
        <TextField label={t('maintenance.titleField')} value={title} onChange={edit('title', setTitle)} error={errors.title} required />
      </div>
      <TextAreaField
        label={t('maintenance.description')}
        value={description}
        onChange={edit('description', setDescription)}
        error={errors.description}
        hint={t('maintenance.descriptionHint')}
        maxLength={5000}
        required
      />
      <div className="form-grid">
        {(['startsAt', 'endsAt'] as const).map((field) => (
          <TextField
            key={field}
            label={t(`maintenance.${field}`)}
            type="datetime-local"
            value={field === 'startsAt' ? startsAt : endsAt}
            onChange={edit(field, field === 'startsAt' ? setStartsAt : setEndsAt)}
            error={errors[field]}
            hint={timeHint}
            required
          />
        ))}
      </div>
      <LocationPicker locations={locations} chosen={locationIds} error={errors.locationIds} onChange={edit('locationIds', setLocationIds)} />
    </Form>
  );
}

/** A filterable checkbox list of locations, grouped by region. */
function LocationPicker({
  locations,
  chosen,
  error,
  onChange,
}: {
  locations: Location[];
  chosen: string[];
  error?: string;
  onChange: (value: string[]) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [filter, setFilter] = useState('');
  const regions = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const shown = locations
      .filter((location) => !needle || `${location.name} ${location.market} ${location.country} ${location.region}`.toLowerCase().includes(needle))
      .sort((a, b) => a.name.localeCompare(b.name));
    const byRegion = new Map<string, Location[]>();
    for (const location of shown) byRegion.set(location.region, [...(byRegion.get(location.region) ?? []), location]);
    return [...byRegion.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [locations, filter]);

  const firstId = regions[0]?.[1][0]?.id;
  const toggle = (locationId: string, on: boolean) => onChange(on ? [...chosen, locationId] : chosen.filter((item) => item !== locationId));

  return (
    <fieldset className={error ? 'location-picker field-invalid' : 'location-picker'} aria-describedby={error ? `${id}-error` : `${id}-count`}>
      <legend>
        {t('maintenance.locations')}
        <RequiredMark />
      </legend>
      <div className="location-picker-bar">
        <input
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          placeholder={t('maintenance.filterLocations')}
          aria-label={t('maintenance.filterLocations')}
        />
        <span id={`${id}-count`} className="small muted" aria-live="polite">
          {t('maintenance.locationsChosen', { count: chosen.length })}
        </span>
      </div>
      <div className="location-list">
        {regions.length === 0 ? (
          <p className="muted small">{t('maintenance.noLocations')}</p>
        ) : (
          regions.map(([region, items]) => (
            <CheckGroup key={region} title={region} className="location-region">
              {items.map((location) => (
                <CheckField
                  key={location.id}
                  checked={chosen.includes(location.id)}
                  onChange={(on) => toggle(location.id, on)}
                  invalid={!!error && location.id === firstId}
                  label={
                    <>
                      {location.name} <span className="small muted">{location.market}, {location.country}</span>
                    </>
                  }
                />
              ))}
            </CheckGroup>
          ))
        )}
      </div>
      <FieldMessage id={`${id}-error`} error={error} />
    </fieldset>
  );
}
