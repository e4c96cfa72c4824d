// The seeded thread both comment walls are measured on: the same 200 comments (names, bodies,
// times, reply structure) for smm-kit and for Waline, generated deterministically so runs compare.
//
//   thread(n, { start }) → [{ i, parent: index | null, root: index | null, name, url?, body, createdAt: Date, likes }]
// Index order is creation order (oldest first); replies always come after their parent.

const NAMES = ['Giulia', 'Marco R.', 'Ana Souza', 'Tomás', 'Lena Fischer', 'Priya', 'Owen', 'Chiara B.', 'Kenji',
  'Sofia', 'Daniel Okafor', 'Martina', 'Lucas', 'Emma W.', 'Ravi', 'Hannah', 'Pietro', 'Amélie', 'Noah', 'Fatima'];
const OPENINGS = [
  'I tried this recipe last weekend', 'Thank you for writing this', 'Quick question about the folds',
  'My starter is three weeks old', 'We bake every Sunday now', 'I live at altitude and had to adapt',
  'This finally made it click for me', 'Has anyone tried it with rye', 'The overnight proof changed everything',
  'I was scared of the cast-iron pot', 'My loaf came out flat the first time', 'Beautiful photos and clear steps',
];
const MIDDLES = [
  'and the crumb was more open than anything I managed before.',
  'but my kitchen is cold, so the rise took almost twice as long.',
  'and my kids ate half of it before it cooled down.',
  'so I used 10% whole wheat and it still worked.',
  'although I had to lower the water to 330 grams with my flour.',
  'and the crust sang when it came out of the oven.',
  'but I could not find type 1 flour, so I used bread flour.',
  'and it kept well for three days wrapped in a cloth.',
];
const CLOSINGS = [
  'Would a longer autolyse help?', 'Next time I will try the **longer cold proof**.', 'Thanks again!',
  'Any tips for a *more sour* taste?', 'I wrote down my timings here: https://example.net/notes',
  'Does the salt really need to wait?', '', 'Grazie mille!', 'The `250 °C` preheat is the key, I think.',
];
const REPLIES = [
  'Same here, it took me a few tries.', 'Try a warmer spot, like the oven with only the light on.',
  'Lower the hydration a little and it holds its shape better.', 'Yes, rye works, but it gets sticky.',
  'I agree, the folds matter more than kneading.', 'Mine too! Patience is the secret ingredient.',
];

/** A small seeded generator, so every run (and both peers) get the very same thread. */
function random(seed) {
  let s = seed >>> 0;
  return (n) => {
    // mulberry32: the high bits are well mixed, unlike a bare LCG's low bits.
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/**
 * @param {number} n comments in all (about a third of them replies)
 * @param {{ start?: Date, seed?: number }} [opts] start: the time of the newest comment
 */
export function thread(n, { start = new Date('2026-11-30T12:00:00Z'), seed = 11 } = {}) {
  const r = random(seed);
  const out = [];
  const span = 40 * 60 * 1000; // one comment every ~40 minutes, oldest first
  const t0 = start.getTime() - n * span;
  for (let i = 0; i < n; i++) {
    const tops = out.filter((c) => c.parent == null);
    // A third are replies, to one of the ten newest top-level comments (or to a reply there).
    const reply = i > 3 && r(3) === 0;
    const name = NAMES[r(NAMES.length)];
    const createdAt = new Date(t0 + i * span + r(span / 2));
    if (reply) {
      const top = tops[tops.length - 1 - r(Math.min(10, tops.length))];
      const under = out.filter((c) => c.root === top.i);
      const parent = under.length && r(2) ? under[r(under.length)] : top;
      out.push({ i, parent: parent.i, root: top.i, name, body: `${REPLIES[r(REPLIES.length)]} (reply ${i + 1})`, createdAt, likes: r(4) });
    } else {
      const body = `${OPENINGS[r(OPENINGS.length)]} (comment ${i + 1}) ${MIDDLES[r(MIDDLES.length)]}\n\n${CLOSINGS[r(CLOSINGS.length)]}`.trim();
      const url = r(5) === 0 ? `https://${name.split(' ')[0].toLowerCase()}.example.com/` : undefined;
      out.push({ i, parent: null, root: null, name, url, body, createdAt, likes: r(12) });
    }
  }
  return out;
}

/** Text that appears only in the newest top-level comment (what "comments are visible" waits for). */
export function newestMarker(comments) {
  const tops = comments.filter((c) => c.parent == null);
  const newest = tops[tops.length - 1];
  return /^[^\n]*?\(comment \d+\)/.exec(newest.body)[0];
}
