import { z } from 'zod';

// The worker shares the domain modules, and the zod they use, between workflow runs, and freezes them
// once loaded (worker/bundler-options.ts). zod fills in its own settings (default locale, memoizer,
// whether it may compile parsers) the first time a schema is built or used, so do that here, at load.
z.object({ list: z.array(z.string()) }).safeParse({ list: [1] });
