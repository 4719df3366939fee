// The offline spellcheck specs, in a file of their own.
import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { spellcheckSpecs } from './specs/spellcheck';

runSpecsOn('spellcheck in Chromium (harness)', findChromium(), launchInkpost, spellcheckSpecs);
