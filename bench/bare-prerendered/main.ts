// The bare stack with the app's technique: its HTML is prerendered, so it paints before any
// script runs; the code loads after that first paint and hydrates the same DOM. It shows what
// the stack itself costs after the first paint (the app cannot do less than this).
requestAnimationFrame(() => setTimeout(() => void import('./hydrate'), 0));
