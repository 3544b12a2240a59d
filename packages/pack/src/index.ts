export * from './model.js';
export * from './build.js';
export * from './write.js';
export * from './verify.js';
export * from './diff.js';
export { packMessages } from './messages.js';
