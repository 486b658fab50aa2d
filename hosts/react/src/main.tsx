import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { setLocale, type SipLocale, type SipPlanChangeDetail } from 'sip-elements';
import type { SipPlan } from 'sip-elements/model';
import { SipNetworkMap } from 'sip-elements/react';

const url = '/api/sip/123'; // your plan's address

function App() {
  const [plan, setPlan] = useState<SipPlan>();
  const [locale, setLocaleState] = useState<SipLocale>('sv');
  const [saved, setSaved] = useState(0);

  useEffect(() => {
    void fetch(url)
      .then((r) => r.json())
      .then((p: SipPlan) => setPlan(p));
  }, []);

  const onPlanChange = (e: CustomEvent<SipPlanChangeDetail>) => {
    const next: SipPlan = e.detail.plan; // typed: a SipPlan, not `any`
    setPlan(next);
    void fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(next) }).then(() => setSaved((n) => n + 1));
  };

  const switchLanguage = () => {
    const next = locale === 'sv' ? 'en' : 'sv';
    void setLocale(next).then(() => setLocaleState(next));
  };

  return (
    <main>
      <button type="button" id="language" onClick={switchLanguage}>
        {locale === 'sv' ? 'English' : 'Svenska'}
      </button>
      <p role="status" id="saved">{saved}</p>
      <SipNetworkMap plan={plan} user="Karin Lind" onSipPlanChange={onPlanChange} />
      {/* The tag itself, with React 19's custom-element support and the generated JSX types. */}
      <sip-meeting-circle duration={60} onsip-meeting-state={(e) => e.detail} />
    </main>
  );
}

// The types catch what a vendor gets wrong (each line must be an error, or tsc fails here).
export function typeChecks(plan: SipPlan) {
  return (
    <>
      {/* @ts-expect-error a plan is an object, not a number */}
      <SipNetworkMap plan={42} />
      {/* @ts-expect-error a plan is an object, not a number */}
      <sip-network-map plan={42} />
      {/* @ts-expect-error the detail of sip-plan-change is not a string */}
      <sip-network-map plan={plan} onsip-plan-change={(e) => e.detail.plan.toUpperCase()} />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
