// Every namespace of the first page and the wizard, for build checks and tests (the app loads
// the same text as start-bundle.ts and wizard-bundle.ts).
import app from './app.json';
import home from './home.json';
import wizard from './wizard.json';

export default { app, home, wizard };
