import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { writingFirstMinutesSpecs } from './specs/writing-first-minutes';

runSpecsOn('writing, the first minutes, in Chromium (harness)', findChromium(), launchInkpost, writingFirstMinutesSpecs);
