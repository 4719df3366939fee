// The never-lose-words specs in Electron (see chromium-safety.test.ts for why they have their own file).
import { findElectron, launchElectron } from '../harness';
import { runSpecsOn, withReferencePosts } from './run-specs-on';
import { safetySpecs } from './specs/safety';

runSpecsOn('never losing words in Electron', withReferencePosts(findElectron()), launchElectron, safetySpecs);
