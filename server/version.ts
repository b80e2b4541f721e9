import pkg from '../package.json';

/** The running version, from package.json. */
export const version: string = pkg.version;
