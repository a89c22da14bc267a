/**
 * Whether this build's host runs the AI routes. The static export (docs/deploy.md)
 * is built with NEXT_PUBLIC_AI=off: it has no server, so the AI features say
 * they are unavailable there instead of asking for a key.
 */
export const aiOnThisHost = process.env.NEXT_PUBLIC_AI !== 'off';
