// Imported on its own by src/main.tsx so that react-router is evaluated in a task of its own.
// Named exports only (the ones the app uses anyway): a namespace would defeat tree-shaking.
export { HashRouter, useRoutes } from 'react-router';
