import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { setLocale, type SipLocale, type SipPlanChangeDetail } from 'sip-elements';
import type { SipPlan } from 'sip-elements/model';

const url = '/api/sip/123'; // your plan's address

@Component({
  selector: 'app-root',
  // The <sip-*> tags are custom elements: Angular sets [plan] as a property and listens to (sip-…).
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <button type="button" id="language" (click)="switchLanguage()">{{ locale() === 'sv' ? 'English' : 'Svenska' }}</button>
      <p role="status" id="saved">{{ saved() }}</p>
      <sip-network-map [plan]="plan()" user="Karin Lind" (sip-plan-change)="onPlanChange($event)" />
    </main>
  `,
})
export class AppComponent {
  readonly plan = signal<SipPlan | undefined>(undefined);
  readonly locale = signal<SipLocale>('sv');
  readonly saved = signal(0);

  constructor() {
    void fetch(url)
      .then((r) => r.json())
      .then((p: SipPlan) => this.plan.set(p));
  }

  // strictTemplates checks that $event is this type (it would be `Event` without the package's types).
  onPlanChange(e: CustomEvent<SipPlanChangeDetail>): void {
    const next: SipPlan = e.detail.plan;
    this.plan.set(next);
    void fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(next) }).then(() => this.saved.update((n) => n + 1));
  }

  async switchLanguage(): Promise<void> {
    const next = this.locale() === 'sv' ? 'en' : 'sv';
    await setLocale(next);
    this.locale.set(next);
  }
}
