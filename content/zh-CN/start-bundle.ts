// Text the first visit needs, loaded first: the app's frame and the start page.
import app from './app.json';
import home from './home.json';

export default { app, home };
