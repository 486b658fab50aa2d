// A server as a vendor writes it (module nodenext): validate a plan, switch the model's language,
// map to FHIR. Prints one JSON line the test reads.
import { setLocale, getLocale } from 'sip-elements';
import { parsePlan, type SipPlan } from 'sip-elements/model';
import { planToFhir } from 'sip-elements/fhir';
import { examplePlans } from 'sip-elements/examples';

const plan: SipPlan = examplePlans.elderly;
// @ts-expect-error a plan is not a number (fails to compile if the types were `any`)
const wrong: number = plan;
void wrong;

const sv = parsePlan({});
await setLocale('en');
const en = parsePlan({});
const bundle = planToFhir(plan);
const message = (r: typeof sv) => (r.ok ? '' : (r.issues[0]?.message ?? ''));
process.stdout.write(`${JSON.stringify({ locale: getLocale(), sv: message(sv), en: message(en), resourceType: bundle.resourceType, valid: parsePlan(plan).ok })}\n`);
