import { findChromium, launchInkpost } from '../harness';
import { runSpecsOn, withReferencePosts } from './run-specs-on';
import { feedbackKeyboardSpecs } from './specs/feedback-keyboard';
import { openingBlogSpecs } from './specs/opening-blog';
import { writingFirstMinutesSpecs } from './specs/writing-first-minutes';

runSpecsOn('writing, the first minutes, in Chromium (harness)', findChromium(), launchInkpost, writingFirstMinutesSpecs);
runSpecsOn('opening a blog, the first minutes, in Chromium (harness)', withReferencePosts(findChromium()), launchInkpost, openingBlogSpecs);
runSpecsOn('feedback and keyboard, the first minutes, in Chromium (harness)', withReferencePosts(findChromium()), launchInkpost, feedbackKeyboardSpecs);
