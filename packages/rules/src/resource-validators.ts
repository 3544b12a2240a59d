/**
 * The compiled schemas of the data files a config may add (`phrasebooks:`…). Imported only when
 * a config names such files; in the built CLI they are a file of their own
 * (`dist/otvet-resources.cjs`) that this module requires (scripts/build.mjs).
 */
export { resourceValidators } from './generated/resources.js';
