// The open post deleted or its folder removed: kills and relaunches, so in a file of its own.
import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { deletedPostSpecs } from './specs/deleted-post';

runSpecsOn('a deleted post in Chromium (harness)', findChromium(), launchInkpost, deletedPostSpecs);
