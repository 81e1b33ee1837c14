import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { createServiceKey } from './marketplace.api';
import type { Port, ServiceKey } from '../../api/models';
import { CreateDialog, ShownOnce } from '../../components/CreateDialog';
import { CheckField, TextAreaField, TextField } from '../../components/Fields';
import { Form as FormView, useFormMutation } from '../../components/Form';
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
  return (
    <CreateDialog<ServiceKey>
      open={open}
      wide
      title={t('keys.createTitle')}
      createdTitle={t('keys.createdTitle')}
      onClose={onClose}
      form={(shown, onCancel) => (
        <KeyForm
          ports={ports}
          initialPortId={initialPortId || ports[0]?.id || ''}
          onCancel={onCancel}
          onCreated={(key) => {
            shown(key);
            onCreated(key);
          }}
        />
      )}
      created={(created, onDone) => (
        <ShownOnce note={t('keys.createdNote', { port: created.portName })} label={t('keys.key')} value={created.key} doneLabel={t('keys.done')} onDone={onDone} />
      )}
    />
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
  const port = ports.find((item) => item.id === form.portId);
  const local = validate(t, form, port?.speedMbps);
  const vlan = parseVlan(form.vlan);
  const request = useFormMutation({
    fields: apiFields,
    mutationFn: () =>
      createServiceKey({
        portId: form.portId,
        singleUse: form.singleUse,
        maxSpeedMbps: parseRate(form.maxSpeed)!,
        ...(vlan !== undefined && vlan !== null ? { vlan } : {}),
        ...(form.validFrom ? { validFrom: new Date(form.validFrom).toISOString() } : {}),
        ...(form.validTo ? { validTo: new Date(form.validTo).toISOString() } : {}),
        active: form.active,
        preApproved: form.preApproved,
        ...(form.description.trim() ? { description: form.description.trim() } : {}),
      }),
    onSuccess: (key) => {
      void queryClient.invalidateQueries({ queryKey: marketplaceKeys.serviceKeys });
      onCreated(key);
    },
    check: () => {
      setTried(true);
      return Object.keys(local).length === 0;
    },
  });
  const errors = { ...(tried ? local : {}), ...request.fieldErrors };
  const set = <K extends keyof Form>(name: K) => (value: Form[K]) => setForm((old) => ({ ...old, [name]: value }));

  return (
    <FormView form={request} submitLabel={t('keys.createSubmit')} onCancel={onCancel} noValidate>
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
        <CheckField type="radio" name="use" checked={!form.singleUse} onChange={() => set('singleUse')(false)} label={t('keys.multiUse')} hint={t('keys.multiUseHint')} />
        <CheckField type="radio" name="use" checked={form.singleUse} onChange={() => set('singleUse')(true)} label={t('keys.singleUse')} hint={t('keys.singleUseHint')} />
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
      <CheckField checked={form.preApproved} onChange={set('preApproved')} label={t('keys.preApproved')} hint={t('keys.preApprovedHint')} />
      <CheckField checked={form.active} onChange={set('active')} label={t('keys.activeNow')} />
    </FormView>
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
