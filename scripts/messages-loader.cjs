/**
 * Build-time compiler for the UI's words (data/messages/<locale>/*.json).
 * Each ICU message becomes the compact form `use-intl`'s format-only
 * formatter reads, so the browser never downloads or runs an ICU parser.
 * Wired in next.config.ts (a Turbopack rule for those files, and the alias
 * that swaps in the format-only formatter). Tests and scripts import the
 * same JSON without this loader and format it with the full formatter.
 */
function compileTree(value, compile, at) {
  if (typeof value === 'string') {
    try {
      return compile(value);
    } catch (error) {
      throw new Error(`${at}: not a valid ICU message (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, compileTree(child, compile, `${at}.${key}`)]));
  }
  throw new Error(`${at}: a message must be a string or an object of messages`);
}

const CATALOGUE = /[\\/]data[\\/]messages[\\/][a-z]+[\\/][a-z-]+\.json$/;

module.exports = function messagesLoader(source) {
  const callback = this.async();
  const file = this.resourcePath;
  // JSON.parse of a string literal is faster to load than an object literal.
  const emit = (value) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
  const compiler = CATALOGUE.test(file) ? import('icu-minify/compile').then((module) => module.default) : Promise.resolve(null);
  compiler
    .then((compile) => {
      const data = JSON.parse(source);
      callback(null, emit(compile ? compileTree(data, compile, file) : data));
    })
    .catch((error) => callback(error));
};
