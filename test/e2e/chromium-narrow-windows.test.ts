import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { narrowWindowsSpecs } from './specs/narrow-windows';

runSpecsOn('narrow windows: collapsing panes, the preview below, nothing clipped, in Chromium (harness)', findChromium(), launchInkpost, narrowWindowsSpecs);
