import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createServiceKey, type NewServiceKey } from './marketplace.api';
import type { Port, ServiceKey } from '../../api/models';
import { CopyBox } from '../../components/CopyBox';
import { Dialog } from '../../components/Dialog';
import { TextAreaField, TextField } from '../../components/Fields';
import { FormError, splitError, useFocusOnError } from '../../components/FormError';
import { NearPortField } from '../../components/NearPortField';
import { useI18n, type Translate } from '../../i18n';
import { formatSpeed, parseRate, parseVlan } from '../network/network';
import { marketplaceKeys } from './queryKeys';

interface Form {
  portId: string;
  singleUse: boolean;
  maxSpeed: string;
  vlan: string;
  validFrom: string;
  validTo: string;
  active: boolean;
  preApproved: boolean;
  description: string;
}

const apiFields = ['portId', 'maxSpeedMbps', 'vlan', 'validFrom', 'validTo', 'description'];

/** Issues a service key for one of my ports; shows the key (with a copy button) once made. */
export function CreateServiceKeyDialog({
  open,
  ports,
  initialPortId,
  onClose,
  onCreated,
}: {
  open: boolean;
  ports: Port[];
  initialPortId: string;
  onClose: () => void;
  onCreated: (key: ServiceKey) => void;
}) {
  const { t } = useI18n();
  const [created, setCreated] = useState<ServiceKey | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Dialog open={open} title={created ? t('keys.createdTitle') : t('keys.createTitle')} onClose={close} wide>
      {created ? (
        <>
          <div className="info-note" role="note">
            <p>{t('keys.createdNote', { port: created.portName })}</p>
          </div>
          <CopyBox label={t('keys.key')} value={created.key} />
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={close}>
              {t('keys.done')}
            </button>
          </div>
        </>
      ) : (
        <KeyForm
          ports={ports}
          initialPortId={initialPortId || ports[0]?.id || ''}
          onCancel={close}
          onCreated={(key) => {
            setCreated(key);
            onCreated(key);
          }}
        />
      )}
    </Dialog>
  );
}

function KeyForm({ ports, initialPortId, onCancel, onCreated }: { ports: Port[]; initialPortId: string; onCancel: () => void; onCreated: (key: ServiceKey) => void }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Form>({
    portId: initialPortId,
    singleUse: false,
    maxSpeed: '',
    vlan: '',
    validFrom: '',
    validTo: '',
    active: true,
    preApproved: false,
    description: '',
  });
  const [tried, setTried] = useState(false);
  const [failures, setFailures] = useState(0);
  const port = ports.find((item) => item.id === form.portId);
  const local = validate(t, form, port?.speedMbps);
  const mutation = useMutation({
    mutationFn: (body: NewServiceKey) => createServiceKey(body),
    onSuccess: (key) => {
      void queryClient.invalidateQueries({ queryKey: marketplaceKeys.serviceKeys });
      onCreated(key);
    },
    onError: () => setFailures((count) => count + 1),
  });
  const { fieldErrors, formError } = splitError(t, mutation.error, apiFields);
  const errors = { ...(tried ? local : {}), ...fieldErrors };
  const ref = useFocusOnError(failures || null);
  const set = <K extends keyof Form>(name: K) => (value: Form[K]) => setForm((old) => ({ ...old, [name]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (mutation.isPending) return;
    if (Object.keys(local).length) {
      setFailures((count) => count + 1);
      return;
    }
    const vlan = parseVlan(form.vlan);
    mutation.mutate({
      portId: form.portId,
      singleUse: form.singleUse,
      maxSpeedMbps: parseRate(form.maxSpeed)!,
      ...(vlan !== undefined && vlan !== null ? { vlan } : {}),
      ...(form.validFrom ? { validFrom: new Date(form.validFrom).toISOString() } : {}),
      ...(form.validTo ? { validTo: new Date(form.validTo).toISOString() } : {}),
      active: form.active,
      preApproved: form.preApproved,
      ...(form.description.trim() ? { description: form.description.trim() } : {}),
    });
  };

  return (
    <form ref={ref} noValidate onSubmit={submit}>
      <FormError error={formError} />
      <div className="form-grid">
        <NearPortField ports={ports} value={form.portId} onChange={set('portId')} label={t('keys.port')} emptyLabel={t('order.choosePort')} error={errors.portId} />
        <TextField
          label={t('keys.maxSpeed')}
          value={form.maxSpeed}
          onChange={set('maxSpeed')}
          inputMode="numeric"
          required
          error={errors.maxSpeedMbps}
          hint={port ? t('keys.maxSpeedHint', { max: formatSpeed(lang, port.speedMbps) }) : undefined}
        />
      </div>
      <fieldset>
        <legend>{t('keys.usage')}</legend>
        <label className="check">
          <input type="radio" name="use" checked={!form.singleUse} onChange={() => set('singleUse')(false)} />
          <span>
            {t('keys.multiUse')}
            <span className="check-hint small muted">{t('keys.multiUseHint')}</span>
          </span>
        </label>
        <label className="check">
          <input type="radio" name="use" checked={form.singleUse} onChange={() => set('singleUse')(true)} />
          <span>
            {t('keys.singleUse')}
            <span className="check-hint small muted">{t('keys.singleUseHint')}</span>
          </span>
        </label>
      </fieldset>
      <div className="form-grid">
        <TextField
          label={t('keys.vlan')}
          value={form.vlan}
          onChange={set('vlan')}
          inputMode="numeric"
          required={form.singleUse}
          error={errors.vlan}
          hint={form.singleUse ? t('keys.vlanRequiredHint') : t('keys.vlanHint')}
        />
        <TextField label={t('keys.validFrom')} type="datetime-local" value={form.validFrom} onChange={set('validFrom')} error={errors.validFrom} />
        <TextField label={t('keys.validTo')} type="datetime-local" value={form.validTo} onChange={set('validTo')} error={errors.validTo} />
      </div>
      <TextAreaField label={t('keys.description')} value={form.description} onChange={set('description')} rows={2} maxLength={500} error={errors.description} />
      <label className="check">
        <input type="checkbox" checked={form.preApproved} onChange={(event) => set('preApproved')(event.target.checked)} />
        <span>
          {t('keys.preApproved')}
          <span className="check-hint small muted">{t('keys.preApprovedHint')}</span>
        </span>
      </label>
      <label className="check">
        <input type="checkbox" checked={form.active} onChange={(event) => set('active')(event.target.checked)} />
        <span>{t('keys.activeNow')}</span>
      </label>
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" aria-disabled={mutation.isPending || undefined}>
          {t('keys.createSubmit')}
        </button>
      </div>
    </form>
  );
}

function validate(t: Translate, form: Form, portSpeed: number | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.portId) errors.portId = t('order.errors.aEnd');
  const speed = parseRate(form.maxSpeed);
  if (!form.maxSpeed.trim()) errors.maxSpeedMbps = t('problem.required');
  else if (speed === null || speed < 1) errors.maxSpeedMbps = t('order.errors.rateWhole');
  else if (portSpeed && speed > portSpeed) errors.maxSpeedMbps = t('order.errors.rateMax', { max: portSpeed });
  const vlan = parseVlan(form.vlan);
  if (vlan === null) errors.vlan = t('keys.errors.vlan');
  else if (form.singleUse && vlan === undefined) errors.vlan = t('keys.errors.vlanRequired');
  if (form.validFrom && form.validTo && new Date(form.validTo) <= new Date(form.validFrom)) errors.validTo = t('problem.ends_before_start');
  return errors;
}
