// The open post's owner (renderer/src/document): what is unsaved, and how saves are ordered.
import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { openPostSpecs } from './specs/open-post';
import { racingSaveSpecs } from './specs/racing-saves';

runSpecsOn('the open post in Chromium (harness)', findChromium(), launchInkpost, openPostSpecs);
runSpecsOn('racing saves in Chromium (harness)', findChromium(), launchInkpost, racingSaveSpecs);
