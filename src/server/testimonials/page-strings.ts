// The words of the collection page the server itself serves at /t/<wall>, in the languages the
// page is most often sent in; the owner's own title, intro, thanks and consent wording win.
export const PAGE_STRINGS = {
  en: {
    title: 'Tell us about your experience',
    intro: 'A few words from you help others decide. It takes a minute.',
    name: 'Your name', email: 'E-mail (never shown; only to contact you)', role: 'Role (optional)', company: 'Company (optional)',
    rating: 'Your rating', stars: '{0} out of 5', text: 'Your testimonial', consent: 'I agree that my testimonial, name, role and company may be shown publicly on this site.',
    send: 'Send', thanks: 'Thank you! Your testimonial will appear once it has been approved.',
    thanksPublished: 'Thank you! Your testimonial is now on the wall.',
    errors: 'Please correct the fields marked below.', required: 'This field is required.', consentRequired: 'Please tick the box to agree, or we cannot show your testimonial.',
    tooFast: 'That was quick! Please wait a few seconds and send again.', failed: 'Your testimonial could not be sent: {0}',
    hp: 'Leave this field empty',
  },
  it: {
    title: 'Raccontaci la tua esperienza',
    intro: 'Poche parole tue aiutano gli altri a scegliere. Basta un minuto.',
    name: 'Il tuo nome', email: 'E-mail (non viene mai mostrata; serve solo per contattarti)', role: 'Ruolo (facoltativo)', company: 'Azienda (facoltativo)',
    rating: 'Il tuo voto', stars: '{0} su 5', text: 'La tua testimonianza', consent: 'Acconsento a che la mia testimonianza, il mio nome, ruolo e azienda siano pubblicati su questo sito.',
    send: 'Invia', thanks: 'Grazie! La tua testimonianza apparirà dopo l\'approvazione.',
    thanksPublished: 'Grazie! La tua testimonianza è già pubblicata.',
    errors: 'Correggi i campi indicati qui sotto.', required: 'Questo campo è obbligatorio.', consentRequired: 'Spunta la casella per dare il consenso, altrimenti non possiamo pubblicare la testimonianza.',
    tooFast: 'Troppo veloce! Attendi qualche secondo e invia di nuovo.', failed: 'Non è stato possibile inviare la testimonianza: {0}',
    hp: 'Lascia vuoto questo campo',
  },
};

export type PageLang = keyof typeof PAGE_STRINGS;
export type PageStrings = (typeof PAGE_STRINGS)['en'];

/** The page's language: `?lang=`, else the first Accept-Language match, else English. */
export function pageLang(query: string | undefined, accept: string | undefined): PageLang {
  const tags = [query ?? '', ...(accept ?? '').split(',').map((p) => p.split(';')[0]!.trim())];
  for (const t of tags) {
    const primary = t.toLowerCase().split('-')[0]!;
    if (primary in PAGE_STRINGS) return primary as PageLang;
  }
  return 'en';
}
