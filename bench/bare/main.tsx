// The bare stack as a plain client-rendered app: nothing shows until its JavaScript has run.
import { createRoot } from 'react-dom/client';
import { hello } from './hello';

createRoot(document.getElementById('root')!).render(hello);
