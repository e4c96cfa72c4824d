import { expect } from '@open-wc/testing';
import { attrs, clicks, glyph, h, keyed, place } from '../../src/shared/dom.js';

describe('shared/dom', () => {
  it('h() makes elements with attributes and children; text stays text, never parsed as HTML', () => {
    const el = h('p', { class: 'a', hidden: false, title: null, 'data-x': '1' }, 'one <b>two</b>', h('span', {}, 'three'), null, false);
    expect(el.outerHTML).to.equal('<p class="a" data-x="1">one &lt;b&gt;two&lt;/b&gt;<span>three</span></p>');
    expect(el.querySelector('b')).to.equal(null);
  });

  it('makes SVG glyphs in the SVG namespace, hidden from assistive technology', () => {
    const svg = glyph('M0 0h24v24H0');
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(svg.firstElementChild!.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.firstElementChild!.getAttribute('d')).to.equal('M0 0h24v24H0');
  });

  it('attrs() sets, changes and removes, and leaves an unchanged value alone', () => {
    const el = h('a', { href: '/a', target: '_blank' });
    const seen: string[] = [];
    const watch = new MutationObserver((records) => records.forEach((r) => seen.push(r.attributeName!)));
    watch.observe(el, { attributes: true });
    attrs(el, { href: '/a', target: false, rel: 'noopener' });
    watch.takeRecords().forEach((r) => seen.push(r.attributeName!));
    watch.disconnect();
    expect(el.getAttribute('href')).to.equal('/a');
    expect(el.hasAttribute('target')).to.equal(false);
    expect(el.getAttribute('rel')).to.equal('noopener');
    expect(seen.sort()).to.deep.equal(['rel', 'target'], 'href was not written again');
  });

  it('place() keeps nodes in place, reorders, removes the rest and keeps an identical text node', () => {
    const [a, b, c] = [h('i'), h('b'), h('u')];
    const parent = h('div', {}, a, 'hello', b, c);
    const text = parent.childNodes[1];
    place(parent, [c, a, 'hello', null]);
    expect([...parent.childNodes]).to.deep.equal([c, a, text]);
    place(parent, [c, a, 'bye']);
    expect(parent.childNodes[2]).not.to.equal(text);
    expect(parent.textContent).to.equal('bye');
    place(parent, []);
    expect(parent.childNodes).to.have.length(0);
  });

  it('place() never moves a focused node when others come and go around it', () => {
    const [x, y, z] = ['x', 'y', 'z'].map((id) => h('button', { id }, id));
    const parent = h('div', {}, x, y, z);
    document.body.append(parent);
    try {
      y.focus();
      const blurred: string[] = [];
      y.addEventListener('blur', () => blurred.push('y'));
      place(parent, [y, z]);
      place(parent, [h('button'), y, z, h('button')]);
      expect(document.activeElement).to.equal(y);
      expect(blurred).to.deep.equal([]);
    } finally {
      parent.remove();
    }
  });

  it('keyed() makes one element per key and updates it in place', () => {
    const node = keyed();
    const first = node('k', 'a', { href: '/1' }, 'one');
    const again = node('k', 'a', { href: '/2' }, 'two');
    expect(again).to.equal(first);
    expect(first.getAttribute('href')).to.equal('/2');
    expect(first.textContent).to.equal('two');
    expect(node('other', 'a')).not.to.equal(first);
  });

  it('clicks(): one listener; a click anywhere inside a control runs its handler, others run none', () => {
    const inner = h('span', {}, 'label');
    const a = h('button', { part: 'button a' }, inner);
    const b = h('button', { part: 'button b' }, 'b');
    const root = h('div', {}, a, b);
    const on = clicks(root, '[part~=button]');
    const heard: string[] = [];
    on.set(a, (e) => heard.push(`a:${e.type}`));
    inner.click();
    b.click();
    root.click();
    const later = h('button', { part: 'button c' });
    root.append(later);
    on.set(later, () => heard.push('c'));
    later.click();
    expect(heard).to.deep.equal(['a:click', 'c']);
  });
});
