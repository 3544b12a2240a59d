/** Every rule, in one list. Data-only: importing it does not load the option validators. */
import { asAnyRule, type AnyRule } from '@otvet/core';
import yamlSyntax from './yaml-syntax/index.js';
import schema from './schema/index.js';
import suppression from './suppression/index.js';
import toneTilde from './tone-tilde/index.js';

export const rules: AnyRule[] = [yamlSyntax, schema, suppression, toneTilde].map(asAnyRule);
