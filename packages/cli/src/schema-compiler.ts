/**
 * The schema compiler of plugin rules' options: ajv. Imported only for a plugin whose rules have
 * options; in the built CLI, ajv is a file of its own (`dist/otvet-ajv.cjs`) that this module
 * requires, so that no other run reads or compiles it (scripts/build.mjs).
 */
import type { SchemaCompiler } from '@otvet/core';
import ajv from 'ajv';

type AjvClass = new (options: Record<string, unknown>) => SchemaCompiler;

/** A new compiler: every error of a value, and schemas that other tools accept. */
export function createSchemaCompiler(): SchemaCompiler {
  // ajv is CommonJS with its class as `module.exports` and as `.default`: either may arrive.
  const exported = ajv as unknown as AjvClass & { default?: AjvClass };
  const Ajv = exported.default ?? exported;
  return new Ajv({ allErrors: true, strict: false });
}
