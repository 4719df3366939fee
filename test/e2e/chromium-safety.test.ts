// The never-lose-words specs kill and relaunch the browser, which takes a while: they run in a
// file of their own, so chromium.test.ts stays within the runner's per-file timeout.
import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn, withReferencePosts } from './run-specs-on';
import { safetySpecs } from './specs/safety';

runSpecsOn('never losing words in Chromium (harness)', withReferencePosts(findChromium()), launchInkpost, safetySpecs);
