// The preview's containment specs (hostile stylesheets and navigating content) in a file of their own.
import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { previewContainmentSpecs } from './specs/preview-containment';

runSpecsOn('preview containment in Chromium (harness)', findChromium(), launchInkpost, previewContainmentSpecs);
