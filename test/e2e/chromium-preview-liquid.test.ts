// Liquid in the preview (placeholders, error marks, blocks spanning blank lines) in a file of its own.
import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn } from './run-specs-on';
import { previewLiquidSpecs } from './specs/preview-liquid';

runSpecsOn('Liquid in the preview in Chromium (harness)', findChromium(), launchInkpost, previewLiquidSpecs);
