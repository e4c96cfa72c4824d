import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/testimonials/smm-testimonials.js';
import '../src/components/testimonials/smm-testimonial-form.js';
import '../src/i18n/all.js';
import '../src/i18n/testimonials-all.js';
import type { SmmTestimonials, TestimonialsLayout } from '../src/components/testimonials/testimonials.js';

/**
 * Stories for `<smm-testimonials>` and `<smm-testimonial-form>`. Storybook has no server: the wall
 * reads a JSON file served beside the stories (stories/static/demo-testimonials/), the answer a
 * real endpoint gives in the shape of the OpenAPI contract; filters are ignored by a static file,
 * and sending needs a real server (`npm start` runs the demo with one).
 * tests/stories/stories.test.ts opens each story in Chromium and runs axe on it.
 */

interface WallArgs {
  endpoint: string;
  wall: string;
  layout: TestimonialsLayout;
  autoplay: boolean;
  distribution: boolean;
  itemType: string;
  itemName: string;
  lang: string;
}

const defaults: WallArgs = {
  endpoint: './demo-testimonials/', wall: 'main', layout: 'grid', autoplay: false, distribution: false, itemType: 'Product', itemName: 'Forno Sole sourdough', lang: '',
};

function wall(a: Partial<WallArgs> = {}): TemplateResult {
  const o = { ...defaults, ...a };
  return html`<smm-testimonials endpoint=${o.endpoint} wall=${o.wall} layout=${o.layout} ?autoplay=${o.autoplay}
    ?distribution=${o.distribution} item-type=${o.itemType} item-name=${o.itemName} lang=${ifDefined(o.lang || undefined)}></smm-testimonials>`;
}

async function loaded({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  await Promise.all([...canvasElement.querySelectorAll<SmmTestimonials>('smm-testimonials')].map((el) => el.updateComplete));
}

const doc = (story: string) => ({ docs: { description: { story } } });

const meta: Meta<WallArgs> = {
  title: 'Testimonials/smm-testimonials',
  component: 'smm-testimonials',
  render: (args) => wall(args),
  play: loaded,
  args: defaults,
  argTypes: {
    endpoint: { control: 'text', description: 'The smm-kit server; default `<meta name="smm:endpoint">`.' },
    wall: { control: 'text', description: 'The wall’s name on the server.' },
    layout: { control: 'inline-radio', options: ['grid', 'masonry', 'carousel', 'list', 'quote'] },
    autoplay: { control: 'boolean', description: 'The carousel turns by itself (never under reduced motion).' },
    distribution: { control: 'boolean', description: 'The summary also shows how many testimonials have each rating, as bars.' },
    itemType: { control: 'text', description: 'Schema.org type of what is reviewed (JSON-LD).' },
    itemName: { control: 'text', description: 'Its name (JSON-LD).' },
    lang: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component: 'Approved testimonials from the site’s own smm-kit server: stars named "4 out of 5", initials avatars, ' +
          'a summary of the ratings and Schema.org JSON-LD in the light DOM. No images, no third party.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<WallArgs>;

export const Grid: Story = { parameters: doc('The default layout: cards in as many columns as fit.') };
export const Distribution: Story = {
  args: { distribution: true },
  parameters: doc('With `distribution`: under the average and the count, a bar per rating (a chunk of its own).'),
};
export const Masonry: Story = { args: { layout: 'masonry' }, parameters: doc('Columns of cards of their own heights.') };
export const Carousel: Story = {
  args: { layout: 'carousel' },
  parameters: doc('The WAI-ARIA carousel: previous and next buttons, the arrow keys, swipe; "2 of 5" for each slide.'),
};
export const CarouselAutoplay: Story = {
  name: 'Carousel with autoplay',
  args: { layout: 'carousel', autoplay: true },
  parameters: doc('Turns by itself with a control to stop it; pauses on hover and focus; never under reduced motion.'),
};
export const List: Story = { args: { layout: 'list' } };
export const Quote: Story = { args: { layout: 'quote' }, parameters: doc('The first testimonial, large: for a landing page.') };
export const Italian: Story = { name: 'Localised: Italian', args: { lang: 'it' }, parameters: doc('"4 su 5", "su 5 recensioni".') };
export const Themed: Story = {
  name: 'Theming: tokens and parts',
  render: (args) => html`<style>
      .themed smm-testimonials { --smm-accent: #8a4b08; --smm-border: #e6d5c3; --smm-bg: #fff; --smm-radius: 16px; --smm-font: Georgia, serif; }
      .themed smm-testimonials::part(name) { font-variant: small-caps; }
    </style>
    <div class="themed" style="background: #fbf6ef; color: #3b2a1a; padding: 1rem">${wall(args)}</div>`,
};

export const Form: StoryObj = {
  name: 'smm-testimonial-form',
  render: () => html`<smm-testimonial-form endpoint="./demo-testimonials/" wall="main"></smm-testimonial-form>`,
  parameters: doc('Name, a private email, role and company, a rating as a radio group, the text with a live count and the consent. Sending needs a real server.'),
};
