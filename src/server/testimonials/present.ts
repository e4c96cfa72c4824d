// Stored rows → the JSON of the contract. Readers never see an e-mail address, a hash, the
// consent record or the original text; moderators see all of it.
import type { TestimonialRow } from '../store/testimonial-types.js';

const iso = (ms: number) => new Date(ms).toISOString();

export interface PublicTestimonial {
  id: string;
  name: string;
  role?: string;
  company?: string;
  rating?: number;
  text: string;
  createdAt: string;
  featured?: true;
  tags?: string[];
}

export function publicTestimonial(r: TestimonialRow): PublicTestimonial {
  return {
    id: r.id, name: r.name,
    ...(r.role ? { role: r.role } : {}), ...(r.company ? { company: r.company } : {}),
    ...(r.rating !== null ? { rating: r.rating } : {}),
    text: r.body, createdAt: iso(r.createdAt),
    ...(r.featured ? { featured: true as const } : {}), ...(r.tags.length ? { tags: r.tags } : {}),
  };
}

export function adminTestimonial(r: TestimonialRow) {
  return {
    ...publicTestimonial(r), wall: r.wall, status: r.status, featured: r.featured, tags: r.tags,
    email: r.email, editedAt: r.editedAt === null ? null : iso(r.editedAt), original: r.original,
    consent: r.consentAt === null ? null : { text: r.consentText ?? '', at: iso(r.consentAt) },
    source: r.source,
  };
}
