import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { largeBlogSpecs } from './specs/large-blog';

runSpecsOn('a large blog: the sidebar draws what can be seen, in Chromium (harness)', findChromium(), launchInkpost, largeBlogSpecs);
