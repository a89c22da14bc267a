// A Turbopack (webpack-style) loader for the UI catalogues in data/messages:
// every ICU message is compiled at build time with icu-minify, so the
// browser formats them with use-intl's 2 KB `format-only` formatter instead
// of shipping an ICU parser (next.config.ts aliases `use-intl/format-message`
// to it). Tests and scripts read the JSON as written and format it with the
// full formatter; both give the same words (tests/i18n.test.ts checks).
module.exports = function messagesLoader(source) {
  const callback = this.async();
  import('icu-minify/compile')
    .then(({ default: compile }) => {
      const compileTree = (value, at) => {
        if (typeof value === 'string') {
          try {
            return compile(value);
          } catch (error) {
            throw new Error(`${this.resourcePath}: ${at}: ${error.message}`);
          }
        }
        return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, compileTree(inner, at ? `${at}.${key}` : key)]));
      };
      const compiled = compileTree(JSON.parse(source), '');
      callback(null, `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`);
    })
    .catch((error) => callback(error));
};
