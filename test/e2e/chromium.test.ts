import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { firstSliceSpecs } from './specs/first-slice';

runSpecsOn('first slice in Chromium (harness)', findChromium(), launchInkpost, firstSliceSpecs);
