// A large Disqus export made on the fly (never written to disk): threads first, then replies and
// top-level posts with HTML messages, in chunks of about 64 KB, until `bytes` have been produced.
export function* bigDisqus(bytes: number, { threads = 2000 } = {}): Generator<string> {
  let size = 0;
  let chunk = '';
  const put = (s: string) => {
    chunk += s;
    if (chunk.length >= 65536) {
      size += Buffer.byteLength(chunk);
      const c = chunk;
      chunk = '';
      return c;
    }
    return undefined;
  };
  const head = '<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">\n';
  let c: string | undefined;
  put(head);
  for (let t = 1; t <= threads; t++) {
    c = put(`<thread dsq:id="t${t}"><id/><forum>big</forum><link>https://blog.example/post-${t}/</link><title>Post ${t} &amp; more</title><createdAt>2020-01-01T00:00:00Z</createdAt><isClosed>false</isClosed><isDeleted>false</isDeleted></thread>\n`);
    if (c) yield c;
  }
  const tail = '</disqus>\n';
  for (let p = 1; size + chunk.length + tail.length < bytes; p++) {
    const thread = (p % threads) + 1;
    const parent = p > threads && p % 3 === 0 ? `<parent dsq:id="p${p - threads}"/>` : '';
    const day = String((p % 28) + 1).padStart(2, '0');
    c = put(`<post dsq:id="p${p}"><id/><message><![CDATA[<p>Comment number ${p} on this post: caffè &amp; <b>bold</b>, <a href="https://example.org/${p}">a link</a>.</p><p>Second paragraph<br>with a break &hellip;</p>]]></message><createdAt>2021-02-${day}T10:00:00Z</createdAt><isDeleted>${p % 50 === 0}</isDeleted><isSpam>${p % 97 === 0}</isSpam><author><email>reader${p % 5000}@example.org</email><name>Reader ${p % 5000}</name><isAnonymous>false</isAnonymous><username>reader${p % 5000}</username></author><ipAddress>192.0.2.1</ipAddress><thread dsq:id="t${thread}"/>${parent}</post>\n`);
    if (c) yield c;
  }
  chunk += tail;
  yield chunk;
}
