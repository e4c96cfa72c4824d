// The reading side of the testimonials API (GET /v1/testimonials), as the OpenAPI file
// describes it. The form's request lives in its own chunk (form.ts).
import { api, getJson } from '../comments/api.js';

/** A published testimonial as the server shows it. */
export interface Testimonial {
  id: string;
  name: string;
  role?: string;
  company?: string;
  /** 1–5, when the customer gave one. */
  rating?: number;
  text: string;
  createdAt: string;
  featured?: boolean;
  tags?: string[];
}

/** Count, average rating and how many of each rating, over what the filters match. */
export interface Summary {
  count: number;
  /** Average of the rated ones; null when none has a rating. */
  average: number | null;
  distribution: Record<'1' | '2' | '3' | '4' | '5', number>;
}

/** How many of the testimonials counted have a rating (the summary and the JSON-LD count these). */
export const rated = (s: Summary): number => Object.values(s.distribution).reduce((a, b) => a + b, 0);

/** One page of `GET /v1/testimonials`. */
export interface WallPage {
  testimonials: Testimonial[];
  next: string | null;
  summary: Summary;
  /** Token to send back with a new testimonial. */
  form: string;
}

/** The query of `GET /v1/testimonials`, by its parameters' names; those left empty are not sent. */
export interface WallQuery {
  wall: string;
  'min-rating'?: number;
  tag?: string;
  featured?: boolean;
  limit?: number;
  cursor?: string | null;
}

/** A page of the wall `q.wall` with the filters given. */
export function fetchWall(endpoint: string, q: WallQuery): Promise<WallPage> {
  const p = new URLSearchParams();
  for (const [name, value] of Object.entries(q)) if (value) p.set(name, String(value));
  return getJson<WallPage>(api(endpoint, `v1/testimonials?${p}`), (b) => Array.isArray(b.testimonials) && !!b.summary);
}
