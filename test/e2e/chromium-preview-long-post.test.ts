// A long post's preview, its blocks in chunks, in a file of its own.
import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { previewLongPostSpecs } from './specs/preview-long-post';

runSpecsOn('A long post\'s preview in Chromium (harness)', findChromium(), launchInkpost, previewLongPostSpecs);
