import { expect } from '@open-wc/testing';
import { markup, UGC_REL } from '../../src/shared/markup.js';

/** What `markup(text)` makes, as HTML, for exact comparisons. */
const html = (text: string) => {
  const div = document.createElement('div');
  div.append(...markup(text));
  return div.innerHTML;
};
const a = (href: string, text = href) => `<a href="${href}" rel="${UGC_REL}">${text}</a>`;

describe('shared/markup: the light syntax of readers’ texts', () => {
  it('makes paragraphs from blank-line separated blocks, line breaks within them', () => {
    expect(html('one\ntwo\n\n\nthree')).to.equal('<p>one<br>two</p><p>three</p>');
    expect(html('\n\n  \nonly\n\n')).to.equal('<p>only</p>');
    expect(html('windows\r\nline\r\n\r\nend')).to.equal('<p>windows<br>line</p><p>end</p>');
    expect(html('')).to.equal('');
  });

  it('renders **bold**, *italic* and `code`, nested where it makes sense', () => {
    expect(html('a **b** c')).to.equal('<p>a <strong>b</strong> c</p>');
    expect(html('a *b* c')).to.equal('<p>a <em>b</em> c</p>');
    expect(html('**bold *and italic* too**')).to.equal('<p><strong>bold <em>and italic</em> too</strong></p>');
    expect(html('*it **bold** it*')).to.equal('<p><em>it <strong>bold</strong> it</em></p>');
    expect(html('use `x*y*z` here')).to.equal('<p>use <code>x*y*z</code> here</p>');
    expect(html('**a `**` b**')).to.equal('<p><strong>a <code>**</code> b</strong></p>');
    expect(html('**two\nlines**')).to.equal('<p><strong>two<br>lines</strong></p>');
  });

  it('leaves stars and backticks that open or close nothing as they are', () => {
    expect(html('2 * 3 * 4')).to.equal('<p>2 * 3 * 4</p>');
    expect(html('** not bold **')).to.equal('<p>** not bold **</p>');
    expect(html('* list item')).to.equal('<p>* list item</p>');
    expect(html('a ` b')).to.equal('<p>a ` b</p>');
    expect(html('``')).to.equal('<p>``</p>');
    expect(html('`no\nbreaks`')).to.equal('<p>`no<br>breaks`</p>');
    expect(html('***')).to.equal('<p>***</p>');
  });

  it('makes code blocks between ``` lines, their content literal, the language name dropped', () => {
    expect(html('before\n```js\nconst a = **1**;\n<b>x</b>\n\n  indented\n```\nafter')).to.equal(
      '<p>before</p><pre><code>const a = **1**;\n&lt;b&gt;x&lt;/b&gt;\n\n  indented</code></pre><p>after</p>',
    );
    expect(html('```\nnever closed\n\nstill text')).to.equal('<p>```<br>never closed</p><p>still text</p>');
  });

  it('makes quotes from > lines, with the syntax inside them, nested a few levels', () => {
    expect(html('> quoted **text**\n> more\n>\n> second\nreply')).to.equal(
      '<blockquote><p>quoted <strong>text</strong><br>more</p><p>second</p></blockquote><p>reply</p>',
    );
    expect(html('>> inner\n> outer')).to.equal('<blockquote><blockquote><p>inner</p></blockquote><p>outer</p></blockquote>');
    expect(html('>>>>>> deep')).to.equal('<blockquote><blockquote><blockquote><blockquote><p>&gt;&gt; deep</p></blockquote></blockquote></blockquote></blockquote>');
    expect(html('a > b')).to.equal('<p>a &gt; b</p>');
  });

  it('links http, https and mailto addresses; the visible text is what the reader wrote', () => {
    expect(html('see https://example.org/a?b=1&c=2#d now')).to.equal(`<p>see ${a('https://example.org/a?b=1&amp;c=2#d')} now</p>`);
    expect(html('http://example.org')).to.equal(`<p>${a('http://example.org/', 'http://example.org')}</p>`);
    expect(html('write to mailto:ada@example.org')).to.equal(`<p>write to ${a('mailto:ada@example.org')}</p>`);
    expect(html('HTTPS://EXAMPLE.ORG/X')).to.equal(`<p>${a('https://example.org/X', 'HTTPS://EXAMPLE.ORG/X')}</p>`);
    // Non-ASCII paths are escaped in the href, shown as written.
    expect(html('https://example.org/caffè')).to.equal(`<p>${a('https://example.org/caff%C3%A8', 'https://example.org/caffè')}</p>`);
  });

  it('keeps sentence punctuation and unopened brackets out of links', () => {
    expect(html('Read https://example.org/x.')).to.equal(`<p>Read ${a('https://example.org/x')}.</p>`);
    expect(html('(https://example.org/x), ok?')).to.equal(`<p>(${a('https://example.org/x')}), ok?</p>`);
    expect(html('https://en.wikipedia.org/wiki/Pasta_(dish)!')).to.equal(`<p>${a('https://en.wikipedia.org/wiki/Pasta_(dish)')}!</p>`);
    expect(html('"https://example.org/q"')).to.equal(`<p>"${a('https://example.org/q')}"</p>`);
    expect(html('**https://example.org/b**')).to.equal(`<p><strong>${a('https://example.org/b')}</strong></p>`);
    expect(html('*https://example.org/i*')).to.equal(`<p><em>${a('https://example.org/i')}</em></p>`);
    expect(html('`https://example.org/c`')).to.equal('<p><code>https://example.org/c</code></p>');
  });

  it('never links other schemes, glued schemes or empty addresses', () => {
    for (const text of [
      'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox', 'file:///etc/passwd', 'ftp://example.org', 'xhttps://example.org',
      'https://', 'http:///x', 'mailto:', '//example.org', 'www.example.org',
      '[click](https://example.org)'.replace('https://example.org', 'javascript:alert(1)'),
    ]) {
      const div = document.createElement('div');
      div.append(...markup(text));
      expect(div.querySelector('a')?.outerHTML ?? null, text).to.equal(null);
      expect(div.textContent, text).to.equal(text);
    }
  });

  it('has no other syntax: HTML, Markdown links, images, headings and lists stay text', () => {
    const text = '<img src=x onerror=alert(1)>\n# Title\n- item\n[label](https://example.org)\n![i](https://example.org/i.png)\n<script>alert(1)</script>\n&amp; &lt;';
    const div = document.createElement('div');
    div.append(...markup(text));
    expect([...div.querySelectorAll('*')].map((e) => e.localName)).to.deep.equal(['p', 'br', 'br', 'br', 'a', 'br', 'a', 'br', 'br']);
    expect(div.textContent).to.equal(text.replace(/\n/g, ''));
    // The links are the bare addresses only, never the label.
    expect([...div.querySelectorAll('a')].map((l) => l.textContent)).to.deep.equal(['https://example.org', 'https://example.org/i.png']);
  });

  it('keeps quotes in attribute values as data (no attribute injection through a URL)', () => {
    const div = document.createElement('div');
    div.append(...markup(`https://example.org/"onmouseover="alert(1)" https://example.org/'x'y`));
    const links = div.querySelectorAll('a');
    for (const l of links) expect(l.getAttributeNames().sort()).to.deep.equal(['href', 'rel']);
    expect(links[0].getAttribute('href')).to.equal('https://example.org/');
  });

  it('copes with a 5,000-character pathological text', () => {
    for (const text of ['*'.repeat(5000), '**a'.repeat(1666), '`'.repeat(5000), '>'.repeat(5000), 'https://a.b/'.repeat(400), '*a '.repeat(1666)]) {
      const div = document.createElement('div');
      div.append(...markup(text));
      expect(div.textContent!.replace(/\s/g, '').length, text.slice(0, 9)).to.be.at.most(text.replace(/\s/g, '').length);
    }
  });
});
