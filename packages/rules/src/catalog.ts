/** Every rule, in one list. Data-only: importing it does not load the option validators. */
import { asAnyRule, type AnyRule } from '@otvet/core';
import yamlSyntax from './yaml-syntax/index.js';
import schema from './schema/index.js';
import suppression from './suppression/index.js';
import toneTilde from './tone-tilde/index.js';
import placeholderSyntax from './placeholder-syntax/index.js';
import placeholderUndeclared from './placeholder-undeclared/index.js';
import placeholderMissing from './placeholder-missing/index.js';
import placeholderExtra from './placeholder-extra/index.js';
import placeholderName from './placeholder-name/index.js';
import placeholderForeignSyntax from './placeholder-foreign-syntax/index.js';
import placeholderPlural from './placeholder-plural/index.js';
import consistencyNumber from './consistency-number/index.js';
import lengthMax from './length-max/index.js';
import spelling from './spelling/index.js';

export const rules: AnyRule[] = [
  yamlSyntax,
  schema,
  suppression,
  placeholderSyntax,
  placeholderUndeclared,
  placeholderMissing,
  placeholderExtra,
  placeholderName,
  placeholderForeignSyntax,
  placeholderPlural,
  consistencyNumber,
  lengthMax,
  spelling,
  toneTilde,
].map(asAnyRule);
