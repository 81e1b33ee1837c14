import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useFocusOnError } from '../../components/FormError';
import { Breadcrumb, PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { checkStep, emptyDraft, steps, type Draft, type Step } from './wizard';
import { HeadquartersStep, InfoStep, LocationStep } from './WizardInfoSteps';
import { PackagesStep } from './WizardPackagesStep';
import { ReviewStep } from './WizardReviewStep';

export type StepErrors = Record<string, string | undefined>;

/** "Create customer", step by step: customer info, supported location, packages, headquarters, review (the precheck), create. */
export function NewCustomerPage() {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [step, setStep] = useState<Step>('info');
  const [reached, setReached] = useState(0);
  const [errors, setErrors] = useState<StepErrors>({});
  const [failures, setFailures] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const index = steps.indexOf(step);

  const go = (to: Step) => {
    setErrors({});
    setStep(to);
    setReached((old) => Math.max(old, steps.indexOf(to)));
  };
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [step]);

  const next = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkStep(step, draft);
    if (Object.keys(problems).length > 0) {
      setErrors(Object.fromEntries(Object.entries(problems).map(([field, kind]) => [field, t(`wholesale.wizard.check.${kind}`)])));
      setFailures((count) => count + 1);
      return;
    }
    go(steps[index + 1]);
  };

  const change = useCallback((changes: Partial<Draft>) => setDraft((old) => ({ ...old, ...changes })), []);
  const props = { draft, change, errors };
  const body: Record<Step, ReactNode> = {
    info: <InfoStep {...props} />,
    location: <LocationStep {...props} />,
    packages: <PackagesStep {...props} />,
    headquarters: <HeadquartersStep {...props} />,
    review: <ReviewStep draft={draft} onEdit={go} />,
  };

  return (
    <>
      <Breadcrumb to="/partner/wholesale/customers" label={t('wholesale.customers.title')} />
      <PageHeader title={t('wholesale.wizard.title')} subtitle={t('wholesale.wizard.subtitle')} />
      <nav aria-label={t('wholesale.wizard.stepsLabel')}>
        <ol className="wizard-steps">
          {steps.map((name, i) => (
            <li key={name} className={i === index ? 'wizard-step wizard-step-current' : i < index ? 'wizard-step wizard-step-done' : 'wizard-step'}>
              {i <= reached && i !== index ? (
                <button type="button" className="link-button" onClick={() => go(name)}>
                  {t('wholesale.wizard.stepN', { n: i + 1, name: t(`wholesale.wizard.step.${name}`) })}
                </button>
              ) : (
                <span aria-current={i === index ? 'step' : undefined}>{t('wholesale.wizard.stepN', { n: i + 1, name: t(`wholesale.wizard.step.${name}`) })}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <section className="panel" aria-labelledby="wizard-step-title">
        <h2 id="wizard-step-title" ref={heading} tabIndex={-1}>
          {t(`wholesale.wizard.step.${step}`)}
        </h2>
        {step === 'review' ? (
          <>
            {body.review}
            <div className="form-actions form-actions-start">
              <button type="button" className="button" onClick={() => go(steps[index - 1])}>
                {t('wholesale.wizard.back')}
              </button>
            </div>
          </>
        ) : (
          <StepForm failures={failures} onSubmit={next} onBack={index > 0 ? () => go(steps[index - 1]) : undefined}>
            {body[step]}
          </StepForm>
        )}
      </section>
    </>
  );
}

function StepForm({ children, failures, onSubmit, onBack }: { children: ReactNode; failures: number; onSubmit: (event: FormEvent) => void; onBack?: () => void }) {
  const t = useT();
  const ref = useFocusOnError(failures || null);
  return (
    <form ref={ref} noValidate onSubmit={onSubmit}>
      {children}
      <div className="form-actions form-actions-start">
        {onBack && (
          <button type="button" className="button" onClick={onBack}>
            {t('wholesale.wizard.back')}
          </button>
        )}
        <button type="submit" className="button button-primary">
          {t('wholesale.wizard.next')}
        </button>
      </div>
    </form>
  );
}
