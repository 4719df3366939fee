import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { problemsRedrawSpecs } from './specs/problems-redraw';

runSpecsOn('problems redrawn only where they change, in Chromium (harness)', findChromium(), launchInkpost, problemsRedrawSpecs);
