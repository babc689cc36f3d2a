// Text the first page and the wizard need, loaded as one chunk per locale.
import app from './app.json';
import wizard from './wizard.json';

export default { app, wizard };
