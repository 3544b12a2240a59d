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
import placeholderUnfilled from './placeholder-unfilled/index.js';
import consistencyNumber from './consistency-number/index.js';
import consistencyNegation from './consistency-negation/index.js';
import consistencyParty from './consistency-party/index.js';
import lengthMax from './length-max/index.js';
import spelling from './spelling/index.js';
import registerTy from './register-ty/index.js';
import registerMixed from './register-mixed/index.js';
import registerVyCase from './register-vy-case/index.js';
import registerVoice from './register-voice/index.js';
import toneFamiliar from './tone-familiar/index.js';
import toneEmoticon from './tone-emoticon/index.js';
import toneDiminutive from './tone-diminutive/index.js';
import toneExclamation from './tone-exclamation/index.js';
import toneCaps from './tone-caps/index.js';
import toneSlang from './tone-slang/index.js';
import toneCalque from './tone-calque/index.js';
import toneRude from './tone-rude/index.js';
import grammarAgreement from './grammar-agreement/index.js';
import policyContacts from './policy-contacts/index.js';
import policyReview from './policy-review/index.js';
import policyCancel from './policy-cancel/index.js';
import policyPii from './policy-pii/index.js';
import policyThirdParty from './policy-third-party/index.js';
import policyRights from './policy-rights/index.js';
import formatMarkup from './format-markup/index.js';
import typographyFullwidth from './typography-fullwidth/index.js';
import typographySpacing from './typography-spacing/index.js';
import typographyAndSign from './typography-and-sign/index.js';
import typographyQuotes from './typography-quotes/index.js';
import typographyDash from './typography-dash/index.js';
import typographyRepeatedWord from './typography-repeated-word/index.js';
import scriptMixed from './script-mixed/index.js';
import scriptCjk from './script-cjk/index.js';
import scriptControl from './script-control/index.js';
import formatFormulaStart from './format-formula-start/index.js';
import glossaryTerm from './glossary-term/index.js';
import glossaryForbidden from './glossary-forbidden/index.js';
import grammarGovernment from './grammar-government/index.js';
import grammarVerbForm from './grammar-verb-form/index.js';
import grammarSentenceCase from './grammar-sentence-case/index.js';

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
  placeholderUnfilled,
  consistencyNumber,
  consistencyNegation,
  consistencyParty,
  lengthMax,
  spelling,
  toneTilde,
  registerTy,
  registerMixed,
  registerVyCase,
  registerVoice,
  toneFamiliar,
  toneEmoticon,
  toneDiminutive,
  toneExclamation,
  toneCaps,
  toneSlang,
  toneCalque,
  toneRude,
  grammarAgreement,
  policyContacts,
  policyReview,
  policyCancel,
  policyPii,
  policyThirdParty,
  policyRights,
  formatMarkup,
  typographyFullwidth,
  typographySpacing,
  typographyAndSign,
  typographyQuotes,
  typographyDash,
  typographyRepeatedWord,
  scriptMixed,
  scriptCjk,
  scriptControl,
  formatFormulaStart,
  glossaryTerm,
  glossaryForbidden,
  grammarGovernment,
  grammarVerbForm,
  grammarSentenceCase,

].map(asAnyRule);
