// `cem analyze` reads this file besides the flags in scripts/build.mjs.
//
// Events: the analyzer lists each `@fires` tag (name, description, no type) and, separately,
// each `dispatchEvent(new SmmShareEvent(…))` it sees (type, no name). This plugin merges them:
// an event named in a `GlobalEventHandlersEventMap` anywhere in src/ (the typed event classes,
// src/events.ts) gets that class as its type, and the nameless entries go. The framework types
// (scripts/framework-types.mjs) type each handler with these classes, so a new element's events
// are typed by adding them to that map, as STYLE.md asks anyway.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** `'smm-share': SmmShareEvent;` entries of every `interface GlobalEventHandlersEventMap` in src/. */
export function eventClasses(dir = 'src') {
  const map = new Map();
  for (const file of sources(dir)) {
    const text = readFileSync(file, 'utf8');
    for (const block of text.matchAll(/interface\s+GlobalEventHandlersEventMap\s*\{([^}]*)\}/g)) {
      for (const [, name, type] of block[1].matchAll(/['"]([\w-]+)['"]\s*:\s*([A-Za-z_$][\w$]*)\s*;/g)) map.set(name, type);
    }
  }
  return map;
}

const typedEvents = () => ({
  name: 'smm-typed-events',
  packageLinkPhase({ customElementsManifest }) {
    const classes = eventClasses();
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (!decl.events) continue;
        decl.events = decl.events.filter((e) => e.name);
        for (const e of decl.events) {
          const type = classes.get(e.name);
          if (type) e.type = { text: type };
        }
      }
    }
  },
});

export default { plugins: [typedEvents()] };
