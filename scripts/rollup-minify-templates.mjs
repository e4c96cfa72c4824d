// Rollup plugin: squeezes the whitespace out of Lit's html`…` and css`…` templates before
// TypeScript compiles them. It finds the templates with TypeScript's own parser, so nested
// templates and `${}` expressions are handled exactly; only the literal text between them changes.
import ts from 'typescript';

const TAGS = new Set(['html', 'css', 'svg']);

export function minifyTemplates() {
  return {
    name: 'smm-minify-templates',
    transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || !/\b(html|css|svg)\s*`/.test(code)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
          const isCss = node.tag.text === 'css';
          const t = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
          for (const p of parts) {
            const start = p.getStart(file);
            const text = code.slice(start, p.end);
            const squeezed = isCss ? squeezeCss(text) : text.replace(/\s*\n\s*/g, ' ');
            if (squeezed !== text) edits.push([start, p.end, squeezed]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      if (!edits.length) return null;
      let out = code;
      for (const [s, e, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, s) + text + out.slice(e);
      return { code: out, map: null };
    },
  };
}

// `text` includes the template delimiters (` or } … ${ or `), which contain no whitespace.
function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([^\s(]):\s+/g, '$1:')
    .replace(/;}/g, '}')
    // [size='s'] -> [size=s]; 0.5 -> .5; `) / 4` -> `)/4` (calc: only + and - need spaces).
    .replace(/=(['"])([a-z][\w-]*)\1\]/gi, '=$2]')
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .replace(/\) ([*/]) (?=[\d.])/g, ')$1')
    .replace(/ !important/g, '!important')
    .replace(/`\s+/, '`')
    .replace(/\s+`/, '`');
}
