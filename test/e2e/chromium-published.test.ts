import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { publishedDraftSpecs } from './specs/published-drafts';

runSpecsOn('exported drafts show so, in Chromium (harness)', findChromium(), launchInkpost, publishedDraftSpecs);
