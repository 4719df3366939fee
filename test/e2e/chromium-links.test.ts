import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { linksAndProblemsSpecs } from './specs/links-and-problems';

runSpecsOn('links to posts and check problems in Chromium (harness)', findChromium(), launchInkpost, linksAndProblemsSpecs);
