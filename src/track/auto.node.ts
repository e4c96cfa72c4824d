// `smm-kit/track/auto` as Node resolves it (server rendering through Next, Nuxt, Astro,
// SvelteKit): a server has no page whose tags name an endpoint, so nothing starts. Browsers and
// bundlers building for them get auto.ts; this keeps smm-track.js free of a guard it never needs.
export {};
