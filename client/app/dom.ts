// The DOM helpers live in the kit (client/kit/dom.ts) so games use them without importing
// the app; the app's screens keep importing them from here.
export * from '../kit/dom.ts';
