/**
 * PyDojo's Content-Security-Policy. Scripts run only from this origin: files
 * under /_next, /monaco, /workers and /pyodide, plus the inline scripts of each
 * prerendered page, allowed one by one by their SHA-256 hashes (scripts/csp.mjs
 * adds them per page after the build). 'wasm-unsafe-eval' lets Pyodide compile
 * WebAssembly; 'unsafe-eval' is never allowed. Requests go to this origin only,
 * so a key typed into the page can only travel to PyDojo's own routes.
 */
export function cspPolicy(scriptHashes = []) {
  const hashes = [...new Set(scriptHashes)].map((h) => `'sha256-${h}'`);
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' '),
    // Monaco and React set inline styles; styles cannot read or send the key.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // Monaco starts its language workers from blob: URLs.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
