// The import parsers on their own: Disqus and WordPress exports (and our JSON export) read as
// streams cut at awkward places, into the records the store imports; HTML bodies into the light
// syntax; broken files refused with a message that says what is wrong.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  exportJson, htmlToText, parseDisqus, parseJson, parseWxr, type ExportedComment, type ExportedExtra, type ImportedComment, type Input,
} from '../../src/server/import/index.js';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));

/** The bytes in chunks of `size`: multi-byte characters, tags and CDATA get cut in two. */
function* chunks(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function collect<T = ImportedComment>(gen: AsyncGenerator<T>) {
  const rows: T[] = [];
  for await (const r of gen) rows.push(r);
  return rows;
}

async function parse<T = ImportedComment>(p: (input: Input, opts: { onSkip: (reason: string, id?: string) => void }) => AsyncGenerator<T>, input: Input) {
  const skipped: [string | undefined, string][] = [];
  const rows = await collect(p(input, { onSkip: (reason, id) => skipped.push([id, reason]) }));
  return { rows, skipped };
}

const at = (s: string) => new Date(s);

describe('Disqus export', () => {
  const expected: ImportedComment[] = [
    {
      source: 'disqus', sourceId: '5001', thread: 'https://blog.example/2019/hello-world/', name: 'Marta Rossi',
      email: 'marta@example.org',
      body: 'First! Great post & thanks\u00a0…\n\nVisit my blog (https://marta.example/) or click.\nBye **now** *really*',
      createdAt: at('2019-03-01T10:00:00Z'), status: 'published',
    },
    {
      source: 'disqus', sourceId: '5002', thread: 'https://blog.example/2019/hello-world/', parentSourceId: '5001',
      name: 'Luca <admin>', body: 'Agreed with `<script>` & more\n\n> First!', createdAt: at('2019-03-01T11:30:00Z'), status: 'published',
    },
    {
      source: 'disqus', sourceId: '5003', thread: 'https://blog.example/2019/hello-world/', name: 'Gone', email: 'gone@example.org',
      body: 'I said something I regret', createdAt: at('2019-03-02T08:00:00Z'), status: 'deleted',
    },
    {
      source: 'disqus', sourceId: '5004', thread: 'https://blog.example/2019/hello-world/', parentSourceId: '5003', name: 'anon_42',
      body: 'Reply to a deleted comment, still here', createdAt: at('2019-03-02T09:00:00Z'), status: 'published',
    },
    {
      source: 'disqus', sourceId: '5005', thread: 'https://blog.example/2019/second/', name: 'Pills', email: 'spam@spam.example',
      body: 'Cheap pills here (http://spam.example/buy)', createdAt: at('2019-04-02T09:00:00Z'), status: 'spam',
    },
    {
      source: 'disqus', sourceId: '5006', thread: 'https://blog.example/2019/second/', name: 'Zoë',
      body: 'Caffè, naïve café — “quotes” ☕ 😀', createdAt: at('2019-04-03T09:00:00Z'), status: 'published',
    },
  ];

  test('threads by page key, replies by parent post, deleted and spam kept with their status, HTML as light syntax', async () => {
    for (const size of [1 << 16, 7, 1]) {
      const { rows, skipped } = await parse(parseDisqus, chunks(fixture('disqus.xml'), size));
      assert.deepEqual(rows, expected, `chunks of ${size} bytes`);
      assert.deepEqual(skipped, [['5007', 'its thread\'s link is not an http(s) URL'], ['5008', 'no valid createdAt']]);
    }
  });

  test('posts before their thread wait for it', async () => {
    const xml = fixture('disqus.xml').toString('utf8');
    const threads = xml.match(/<thread dsq:id="100\d">[^]*?<\/thread>/g)!.join('\n');
    const moved = xml.replace(/<thread dsq:id="100\d">[^]*?<\/thread>/g, '').replace('</disqus>', `${threads}\n</disqus>`);
    const { rows } = await parse(parseDisqus, [moved]);
    assert.deepEqual(rows, expected);
  });

  test('not Disqus, or not XML: a clear error', async () => {
    await assert.rejects(collect(parseDisqus([fixture('wxr.xml')])), /expected a <disqus> document, found <rss>/);
    await assert.rejects(collect(parseDisqus(['<disqus><post dsq:id="1"><message>a & b</message></post></disqus>'])),
      /the Disqus export is not well-formed XML: .*\d+:\d+/);
    await assert.rejects(collect(parseDisqus(['<disqus><post>'])), /not well-formed XML/);
    // An internal DTD entity is neither declared nor expanded: no "billion laughs".
    await assert.rejects(
      collect(parseDisqus(['<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><disqus><thread dsq:id="1"><link>&b;</link></thread></disqus>'])),
      /not well-formed XML/,
    );
  });
});

describe('WordPress export (WXR)', () => {
  const site = 'blog.example';
  const post = 'https://blog.example/2020/10/ricette-autunno/';
  const expected: ImportedComment[] = [
    {
      source: 'wxr', sourceId: `${site}#31`, thread: post, name: 'Giulia', email: 'giulia@example.org', url: 'https://giulia.example/',
      body: 'Che bella ricetta!\nLa provo domani.\n\nGrazie **mille** & a presto', createdAt: at('2020-10-01T10:00:00Z'), status: 'published',
    },
    {
      source: 'wxr', sourceId: `${site}#32`, thread: post, parentSourceId: `${site}#31`, name: 'marta', email: 'marta@blog.example',
      body: '> Che bella ricetta!\n\nGrazie Giulia, fammi sapere! Un\'altra (https://blog.example/altra/)',
      createdAt: at('2020-10-01T11:00:00Z'), status: 'published',
    },
    {
      source: 'wxr', sourceId: `${site}#33`, thread: post, parentSourceId: `${site}#32`, name: 'Awaiting', body: 'Still in moderation',
      createdAt: at('2020-10-02T09:00:00Z'), status: 'pending',
    },
    { source: 'wxr', sourceId: `${site}#34`, thread: post, name: 'Spammer', body: 'buy now', createdAt: at('2020-10-03T09:00:00Z'), status: 'spam' },
    { source: 'wxr', sourceId: `${site}#35`, thread: post, name: 'Trashed', body: 'rude', createdAt: at('2020-10-03T10:00:00Z'), status: 'deleted' },
    {
      source: 'wxr', sourceId: `${site}#40`, thread: 'https://blog.example/chi-sono/', name: 'Before the link', body: 'The link comes after me',
      createdAt: at('2021-01-01T00:00:00Z'), status: 'published',
    },
  ];

  test('comments by permalink, replies by comment_parent, 1/0/spam/trash, pingbacks and order notes left out', async () => {
    for (const size of [1 << 16, 5, 1]) {
      const { rows, skipped } = await parse(parseWxr, chunks(fixture('wxr.xml'), size));
      assert.deepEqual(rows, expected, `chunks of ${size} bytes`);
      assert.deepEqual(skipped, [[`${site}#36`, 'not a reader comment (type "pingback")'], [`${site}#50`, 'not a reader comment (type "order_note")']]);
    }
  });

  test('a byte-order mark is fine; a Disqus file is not WXR', async () => {
    const { rows } = await parse(parseWxr, [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixture('wxr.xml')])]);
    assert.equal(rows.length, expected.length);
    await assert.rejects(collect(parseWxr([fixture('disqus.xml')])), /expected an <rss> document, found <disqus>/);
  });
});

describe('HTML bodies become light-syntax text', () => {
  const cases: [string, string, boolean?][] = [
    ['<p>One</p><p>Two<br>three</p>', 'One\n\nTwo\nthree'],
    ['  spaced \n\t words  ', 'spaced words'],
    ['line one\nline two\n\n\n\npara', 'line one\nline two\n\npara', true],
    ['<b>bold</b> <strong> strong </strong> <i>it</i> <em>em</em>', '**bold** **strong** *it* *em*'],
    ['<b></b><i> </i>empty marks', 'empty marks'],
    ['<code>a &lt; b</code> and <code>has`tick</code>', '`a < b` and has`tick'],
    ['<pre><code>if (a &amp;&amp; b) {\n  go();\n}</code></pre>', '```\nif (a && b) {\n  go();\n}\n```'],
    ['<blockquote><p>q1</p><p>q2</p></blockquote>after', '> q1\n>\n> q2\n\nafter'],
    ['<a href="https://x.example/p?a=1&amp;b=2">label</a>', 'label (https://x.example/p?a=1&b=2)'],
    ['<a href="https://x.example/">https://x.example</a>', 'https://x.example/'],
    ['<a href="mailto:me@x.example">write me</a>', 'write me (mailto:me@x.example)'],
    ['<a href="javascript:alert(1)">js</a> <a href=" JaVaScRiPt:alert(1)">js2</a> <a href="data:text/html,x">d</a> <a>none</a>', 'js js2 d none'],
    ['<a href="mailto:me@x.example">me@x.example</a>', 'mailto:me@x.example'],
    ['<script>alert(1)</script><style>p{}</style><img src=x onerror=alert(1)><iframe src="https://evil.example"></iframe>ok', 'ok'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['&eacute;&Eacute;&hellip;&mdash;&laquo;&raquo;&#233;&#x1F600;&amp;amp;&nbsp;!', 'éÉ…—«»é😀&amp;\u00a0!'],
    ['<ul><li>one</li><li>two <b>2</b></li></ul><ol><li>first</li></ol>', '- one\n- two **2**\n\n- first'],
    ['<h2>Title</h2><hr>text<table><tr><td>a</td><td>b</td></tr></table>', 'Title\n\ntext\n\nab'],
    ['<p>unclosed <b>bold', 'unclosed **bold**'],
    ['<!-- a comment -->visible<span style="color:red">red</span>', 'visiblered'],
    ['x\u202ey\u2066z\u0000\u0007w', 'xyzw'],
    ['e\u0301', 'é'],
  ];
  for (const [html, text, newlines] of cases) {
    test(JSON.stringify(html).slice(0, 70), () => assert.equal(htmlToText(html, { newlines }), text));
  }
});

describe('JSON export', () => {
  const comments: ExportedComment[] = [
    {
      id: 'a1', thread: 'https://blog.example/p', parent: null, name: 'Ann "quoted" \\ ]}', emailHash: 'abc123', url: 'https://ann.example/',
      body: 'Hello\n\n[x](https://x.example) ]} {[ "', createdAt: '2024-01-01T00:00:00.000Z', editedAt: '2024-01-01T00:05:00.000Z',
      status: 'published', likes: 3, badge: 'verified', identity: '42', source: null, sourceId: null,
    },
    {
      id: 'b2', thread: 'https://blog.example/p', parent: 'a1', name: 'Bob ☕', emailHash: null, url: null, body: 'reply',
      createdAt: '2024-01-02T00:00:00.000Z', editedAt: null, status: 'pending', likes: 0, badge: null, identity: null,
      source: 'disqus', sourceId: '5001',
    },
  ];
  async function* from<T>(items: T[]) { yield* items; }
  const write = async (items: ExportedComment[], extras: ExportedExtra[] = []) => {
    let s = '';
    for await (const part of exportJson(from(items), from(extras))) s += part;
    return s;
  };
  const extras: ExportedExtra[] = [
    { kind: 'thread', key: 'https://blog.example/p', closed: true, moderation: null },
    { kind: 'thread', key: 'https://blog.example/q', closed: false, moderation: 'pre' },
    { kind: 'ban', id: 'ban1', ipHash: 'ip-h', emailHash: null, comment: 'b2', createdAt: '2024-01-03T00:00:00.000Z' },
    { kind: 'like', comment: 'a1', reader: 'Reader-Hash_1', at: '2024-01-02T10:00:00.000Z' },
    { kind: 'like', comment: 'a1', reader: 'reader-hash-2', at: '2024-01-02T11:00:00.000Z' },
  ];

  test('one comment per line inside one JSON document with its format and version', async () => {
    const json = await write(comments);
    const doc = JSON.parse(json);
    assert.equal(doc.format, 'smm-kit/comments');
    assert.equal(doc.version, 2);
    assert.deepEqual(doc.comments, comments);
    assert.deepEqual([doc.threads, doc.bans, doc.likes], [[], [], []]);
    assert.equal(json.split('\n').length, comments.length + 6);
    assert.equal(await write([]), '{"format":"smm-kit/comments","version":2,"comments":[\n],"threads":[\n],"bans":[\n],"likes":[\n]}\n');
  });

  test('version 2: thread settings, bans and likes after the comments, one per line, and read back in any chunking', async () => {
    const json = await write(comments, extras);
    assert.equal(json, [
      '{"format":"smm-kit/comments","version":2,"comments":[',
      ...comments.map((c, i) => `${JSON.stringify(c)}${i < comments.length - 1 ? ',' : ''}`),
      '],"threads":[',
      '{"key":"https://blog.example/p","closed":true,"moderation":null},',
      '{"key":"https://blog.example/q","closed":false,"moderation":"pre"}',
      '],"bans":[',
      '{"id":"ban1","ipHash":"ip-h","emailHash":null,"comment":"b2","createdAt":"2024-01-03T00:00:00.000Z"}',
      '],"likes":[',
      '{"comment":"a1","reader":"Reader-Hash_1","at":"2024-01-02T10:00:00.000Z"},',
      '{"comment":"a1","reader":"reader-hash-2","at":"2024-01-02T11:00:00.000Z"}',
      ']}', '',
    ].join('\n'));
    for (const size of [1 << 16, 7, 1]) {
      const { rows } = await parse(parseJson, chunks(Buffer.from(json), size));
      assert.equal(rows.length, comments.length + extras.length, `chunks of ${size}`);
      assert.deepEqual(rows.slice(comments.length), extras, `chunks of ${size}`);
    }
    await assert.rejects(collect(exportJson(from([]), from([extras[3]!, extras[0]!]))), /out of order: a thread after the likes/);
    // With the server secret: in the header, and given to the importer before any comment.
    const secret = 'S'.repeat(43);
    let withSecret = '';
    for await (const part of exportJson(from(comments), from([]), { secret })) withSecret += part;
    assert.ok(withSecret.startsWith(`{"format":"smm-kit/comments","version":2,"secret":"${secret}","comments":[\n`));
    const rows = await collect(parseJson(chunks(Buffer.from(withSecret), 5)));
    assert.deepEqual(rows[0], { kind: 'secret', value: secret });
    assert.equal(rows.length, comments.length + 1);
    await assert.rejects(collect(parseJson([withSecret.replace(secret, 'short')])), /a "secret" that is not a server secret/);
  });

  test('version 2: invalid settings, bans and likes are skipped with the reason; lists before the comments are refused', async () => {
    const doc = {
      format: 'smm-kit/comments', version: 2, comments,
      threads: [{ key: 'javascript:alert(1)', closed: true, moderation: null }, { key: 'https://blog.example/p', closed: 'yes', moderation: null }],
      bans: [{ id: 'ok_1', ipHash: null, emailHash: 'e', comment: null, createdAt: 'yesterday' }],
      likes: [{ comment: 'a1', reader: '', at: '2024-01-02T10:00:00.000Z' }, { comment: 'a1', reader: 'r', at: '2024-01-02T10:00:00.000Z' }],
    };
    const { rows, skipped } = await parse(parseJson, [JSON.stringify(doc)]);
    assert.equal(rows.length, comments.length + 1);
    assert.deepEqual(skipped.map(([, why]) => why.split(':')[0]), [
      'invalid key of a thread', 'invalid closed of a thread', 'invalid createdAt of a ban', 'invalid reader of a like',
    ]);
    await assert.rejects(collect(parseJson(['{"format":"smm-kit/comments","version":2,"likes":[],"comments":[]}'])), /has "likes" before "comments"/);
    await assert.rejects(collect(parseJson(['{"format":"smm-kit/comments","version":2,"comments":[],"bans":[[1]]}'])), /an item of "bans" that is not an object \(ban 1\)/);
  });

  test('reads back what it wrote, in chunks of any size, and any layout of the same JSON', async () => {
    const json = await write(comments);
    const expected: ImportedComment[] = [
      {
        source: 'json', sourceId: 'a1', id: 'a1', thread: 'https://blog.example/p', name: 'Ann "quoted" \\ ]}', emailHash: 'abc123',
        url: 'https://ann.example/', body: 'Hello\n\n[x](https://x.example) ]} {[ "', createdAt: at('2024-01-01T00:00:00.000Z'),
        editedAt: at('2024-01-01T00:05:00.000Z'), status: 'published', likes: 3, badge: 'verified', identity: '42',
      },
      {
        source: 'disqus', sourceId: '5001', id: 'b2', parentId: 'a1', thread: 'https://blog.example/p', name: 'Bob ☕', body: 'reply',
        createdAt: at('2024-01-02T00:00:00.000Z'), status: 'pending', likes: 0,
      },
    ];
    for (const size of [1 << 16, 3, 1]) {
      assert.deepEqual((await parse(parseJson, chunks(Buffer.from(json), size))).rows, expected, `chunks of ${size}`);
    }
    const pretty = JSON.stringify({ format: 'smm-kit/comments', version: 1, note: { any: ['thing'] }, comments }, null, 2);
    assert.deepEqual((await parse(parseJson, [pretty])).rows, expected);
  });

  test('invalid comments are skipped with the reason; a wrong or broken file is refused', async () => {
    const bad = [{ ...comments[0]!, id: 'no spaces allowed' }, { ...comments[1]!, status: 'hidden' }, comments[0]];
    const { rows, skipped } = await parse(parseJson, [JSON.stringify({ format: 'smm-kit/comments', version: 1, comments: bad })]);
    assert.equal(rows.length, 1);
    assert.deepEqual(skipped.map(([id, why]) => [id, why.split(':')[0]]), [['no spaces allowed', 'invalid id'], ['b2', 'invalid status']]);
    const refused: [string, RegExp][] = [
      ['[]', /must be a JSON object/],
      ['{"comments":[]}', /must start with "format": "smm-kit\/comments"/],
      ['{"format":"smm-kit/comments","version":3,"comments":[]}', /has version 3; this smm-kit reads versions 1 and 2/],
      ['{"format":"smm-kit/comments","version":1}', /has no "comments" list/],
      ['{"format":"smm-kit/comments","version":1,"comments":[{"id":', /ends before it is complete/],
      ['{"format":"smm-kit/comments","version":1,"comments":[[1]]}', /a comment that is not an object/],
      ['{"format":"smm-kit/comments","version":1,"comments":[{"id":x}]}', /not valid JSON \(comment 1\)/],
    ];
    for (const [text, message] of refused) await assert.rejects(collect(parseJson([text])), message, text);
  });
});
