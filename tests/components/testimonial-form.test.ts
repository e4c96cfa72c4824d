import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/testimonials/smm-testimonials.js';
import '../../src/components/testimonials/smm-testimonial-form.js';
import type { SmmTestimonialForm } from '../../src/components/testimonials/form.js';
import type { SmmTestimonialEvent } from '../../src/events.js';
import { $, $$, ENDPOINT, moderate, newWall, pending, send, wallOf } from './testimonials-helpers.js';

async function formOf(wall: string, attrs: Record<string, string> = {}): Promise<SmmTestimonialForm> {
  const el = document.createElement('smm-testimonial-form');
  el.setAttribute('endpoint', ENDPOINT);
  el.setAttribute('wall', wall);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const out = await fixture<SmmTestimonialForm>(el);
  await out.updateComplete;
  return out;
}

const field = (el: Element, name: string) => $<HTMLInputElement>(el, `[name=${name}]`)!;
async function type(el: SmmTestimonialForm, name: string, text: string): Promise<void> {
  field(el, name).focus();
  await sendKeys({ type: text });
}
const submit = async (el: SmmTestimonialForm) => {
  $(el, '[part~=send]')!.click();
  await el.updateComplete;
};

describe('<smm-testimonial-form>, against the real server', () => {
  afterEach(() => localStorage.clear());

  it('has a real radio group for the rating, a private email, a consent checkbox and passes axe', async () => {
    const el = await formOf(newWall());
    const fieldset = $(el, 'fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).to.equal('Your rating (optional)');
    const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.value)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(radios[3].closest('label')!.querySelector('.sr')!.textContent).to.equal('4 out of 5');
    expect(field(el, 'email').getAttribute('aria-describedby')).to.equal('h-email');
    expect($(el, '#h-email')!.textContent).to.equal('Never shown: only the site sees it.');
    expect(field(el, 'consent').type).to.equal('checkbox');
    // The honeypot is out of the tab order and hidden from assistive technology.
    expect(field(el, 'hp').tabIndex).to.equal(-1);
    expect(field(el, 'hp').closest('[aria-hidden=true]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('ties errors to their fields and focuses the first', async () => {
    const el = await formOf(newWall());
    await submit(el);
    for (const f of ['name', 'text', 'consent']) {
      expect(field(el, f).getAttribute('aria-invalid')).to.equal('true');
      const id = field(el, f).getAttribute('aria-describedby')!.split(' ').at(-1);
      expect($(el, `#${id}`)!.getAttribute('part')).to.equal('error');
    }
    expect($(el, '#e-name')!.textContent).to.equal('Enter your name.');
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'name'));
    await expect(el).to.be.accessible();
  });

  it('counts the characters live', async () => {
    const el = await formOf(newWall());
    await type(el, 'text', 'Buono');
    await el.updateComplete;
    expect($(el, '[part~=count]')!.textContent).to.equal('5 of 2000 characters');
  });

  it('sends → pending → approved through the admin API → on the wall with the right average', async () => {
    const wall = newWall();
    await send(wall, { name: 'First', rating: 3, text: 'Fine.' });
    const el = await formOf(wall, { consent: 'You may quote me on this site.' });
    const events: SmmTestimonialEvent[] = [];
    el.addEventListener('smm-testimonial', (e) => events.push(e));
    await type(el, 'name', 'Carla Verdi');
    await type(el, 'email', 'carla@example.org');
    await type(el, 'role', 'Baker');
    await type(el, 'company', 'Forno Verdi');
    $<HTMLInputElement>(el, 'input[name=rating][value="5"]')!.click();
    await type(el, 'text', 'Crisp crust, soft crumb.');
    field(el, 'consent').click();
    expect($(el, '[part~=consent]')!.textContent).to.include('You may quote me on this site.');
    await submit(el);
    await waitUntil(() => $(el, '[part~=status]')!.textContent != '');
    expect($(el, '[part~=status]')!.textContent).to.equal('Thank you! Your testimonial will appear once it has been approved.');
    expect($(el, '[part~=status]')!.getAttribute('role')).to.equal('status');
    expect(events.map((e) => e.detail.status)).to.deep.equal(['pending']);
    // Accepted: the form is empty and the draft is gone.
    expect(field(el, 'name').value).to.equal('');
    expect(localStorage.getItem(`smm:testimonial-draft:${wall}`)).to.equal(null);
    const wallEl = await wallOf(wall);
    expect($$(wallEl, '[part~=card]')).to.have.length(1);
    const [p] = await pending(wall);
    expect(p.id).to.equal(events[0].detail.id);
    await moderate(p.id, 'approve');
    await wallEl.refresh();
    const carla = $$(wallEl, '[part~=card]').find((c) => c.querySelector('[part~=name]')!.textContent == 'Carla Verdi')!;
    expect(carla.querySelector('[part~=role]')!.textContent).to.equal('Baker, Forno Verdi');
    expect(carla.querySelector('[part~=rating]')!.getAttribute('aria-label')).to.equal('5 out of 5');
    expect($(wallEl, '[part~=average] strong')!.textContent).to.equal('4');
    expect($(wallEl, '[part~=count]')!.textContent).to.equal('based on 2 reviews');
    // The consent's words as shown were stored.
    const all = await (await fetch(`/v1/admin/testimonials?wall=${wall}`, { headers: { Authorization: 'Bearer wtr-admin-token-0123456789abcdef' } })).json();
    const stored = all.testimonials.find((t: { id: string }) => t.id == p.id);
    expect(JSON.stringify(stored)).to.include('You may quote me on this site.');
  });

  it('keeps everything typed when the network fails, and sends it on retry', async () => {
    const wall = newWall();
    const el = await formOf(wall);
    await type(el, 'name', 'Offline Olga');
    await type(el, 'text', 'Written on a train.');
    $<HTMLInputElement>(el, 'input[name=rating][value="4"]')!.click();
    field(el, 'consent').click();
    // The endpoint is unreachable (a closed port) for this send.
    el.endpoint = 'http://127.0.0.1:9/';
    await el.updateComplete;
    await submit(el);
    await waitUntil(() => $(el, '[part~=error]')?.textContent != null);
    expect($(el, '#msg')!.textContent).to.equal('Not sent: the connection failed. What you wrote is kept: try again.');
    expect(field(el, 'name').value).to.equal('Offline Olga');
    const draft = JSON.parse(localStorage.getItem(`smm:testimonial-draft:${wall}`)!);
    expect(draft).to.include({ name: 'Offline Olga', text: 'Written on a train.', rating: '4', consent: true });
    // A reload brings the draft back.
    el.remove();
    const again = await formOf(wall);
    expect(field(again, 'name').value).to.equal('Offline Olga');
    expect(field(again, 'text').value).to.equal('Written on a train.');
    expect($<HTMLInputElement>(again, 'input[name=rating][value="4"]')!.checked).to.equal(true);
    expect(field(again, 'consent').checked).to.equal(true);
    await submit(again);
    await waitUntil(() => $(again, '[part~=status]')!.textContent != '');
    expect((await pending(wall)).map((t) => t.name)).to.deep.equal(['Offline Olga']);
    expect(localStorage.getItem(`smm:testimonial-draft:${wall}`)).to.equal(null);
  });

  it('shows the server\'s field issues on their fields', async () => {
    const wall = newWall();
    const el = await formOf(wall);
    await type(el, 'name', 'Ok');
    await type(el, 'text', 'x'.repeat(10));
    // A role longer than the server allows, past the field's own maxlength.
    field(el, 'role').value = 'r'.repeat(81);
    field(el, 'consent').click();
    await submit(el);
    await waitUntil(() => field(el, 'role').getAttribute('aria-invalid') == 'true');
    expect($(el, '#e-role')!.textContent).to.equal('Too long: at most 80 characters.');
  });

  it('is loaded by the wall\'s entry when the page has a form', async () => {
    expect(customElements.get('smm-testimonial-form')).to.not.equal(undefined);
  });
});
