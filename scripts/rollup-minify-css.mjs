// Rollup plugin: minifies the CSS inside css`…` templates of *.styles.ts files before TypeScript
// sees them. Our style files hold plain CSS with no `${}`; a template that has one is left alone.
export function minifyCss() {
  return {
    name: 'smm-minify-css',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id)) return null;
      return {
        code: code.replace(/\bcss`([^`]*)`/g, (whole, body) => (body.includes('${') ? whole : `css\`${squeeze(body)}\``)),
        map: null,
      };
    },
  };
}

export function squeeze(cssText) {
  return cssText
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .trim();
}
