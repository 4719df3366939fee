import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { badInputSpecs } from './specs/bad-input';
import { firstSliceSpecs } from './specs/first-slice';

runSpecsOn('first slice in Chromium (harness)', findChromium(), launchInkpost, firstSliceSpecs);
runSpecsOn('bad input in Chromium (harness)', findChromium(), launchInkpost, badInputSpecs);
