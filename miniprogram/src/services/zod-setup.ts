import { z } from 'zod';

// zod compiles object parsers with `new Function` unless jitless. WeChat mini-programs forbid dynamic code and a
// strict Content-Security-Policy on H5 reports the probe as a violation, so turn the JIT off before any schema in
// shared/ is constructed: import this module before anything that imports a schema.
z.config({ jitless: true });
