import type { PropsWithChildren } from 'react';
// Before anything that builds a zod schema (see the module for why).
import './services/zod-setup';
import './app.scss';

/** App shell: pages render as children; there is no app-wide state yet. */
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
