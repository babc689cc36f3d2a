import { startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { hello } from '../bare/hello';

startTransition(() => {
  hydrateRoot(document.getElementById('root')!, hello);
});
