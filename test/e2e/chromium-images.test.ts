// Pictures in posts: dropping, pasting and inserting them, exporting a draft's pictures, missing ones in the preview.
import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { imageSpecs } from './specs/images';

runSpecsOn('pictures in Chromium (harness)', findChromium(), launchInkpost, imageSpecs);
