/**
 * Proves the layering rules in eslint.config.mjs fire: each probe file is
 * placed in a layer's folder, linted with the project's real configuration,
 * and must fail (or pass) for the stated reason.
 */
import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ESLint } from 'eslint';
import { projectRoot } from '../harness/paths';

interface Probe {
  readonly folder: string;
  readonly code: string;
  readonly allowed: boolean;
  readonly why: string;
  /** The rule that must fire (part of its id): the import rules by default. */
  readonly rule?: string;
}

/** A function of `lines` lines, signature and closing brace included. */
function functionOf(lines: number): string {
  const body = Array.from({ length: lines - 4 }, (_, index) => `  total += ${index};`);
  return ['export function probe(): number {', '  let total = 0;', ...body, '  return total;', '}', ''].join('\n');
}

const probes: readonly Probe[] = [
  { folder: 'shared', code: "import { readFile } from 'node:fs';\nexport const probe = readFile;\n", allowed: false, why: 'shared/ imports no node module' },
  { folder: 'shared', code: "import { join } from 'path';\nexport const probe = join;\n", allowed: false, why: 'shared/ imports no node module (bare name)' },
  { folder: 'shared', code: "import { app } from 'electron';\nexport const probe = app;\n", allowed: false, why: 'shared/ imports no electron' },
  { folder: 'shared', code: 'export const probe = (): unknown => document.title;\n', allowed: false, why: 'shared/ uses no DOM' },
  { folder: 'shared', code: "import { z } from 'zod';\nexport const probe = z.string();\n", allowed: true, why: 'shared/ may use pure libraries' },
  { folder: 'renderer/src', code: "import { ipcRenderer } from 'electron';\nexport const probe = ipcRenderer;\n", allowed: false, why: 'renderer/ imports no electron' },
  { folder: 'renderer/src', code: "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n", allowed: false, why: 'renderer/ imports no node module' },
  { folder: 'renderer/src', code: "import { indexFolder } from '../../main/services/index/post-index';\nexport const probe = indexFolder;\n", allowed: false, why: 'renderer/ does not import main/' },
  { folder: 'main/services', code: "import { app } from 'electron';\nexport const probe = app;\n", allowed: false, why: 'services import no electron' },
  { folder: 'main/services', code: "import { registerHandlers } from '../electron/ipc';\nexport const probe = registerHandlers;\n", allowed: false, why: 'services do not depend on the Electron glue' },
  { folder: 'main/cli', code: "import { BrowserWindow } from 'electron';\nexport const probe = BrowserWindow;\n", allowed: false, why: 'the CLI imports no electron' },
  { folder: 'main/electron', code: "import { app } from 'electron';\nexport const probe = app;\n", allowed: true, why: 'the Electron glue may import electron' },
  { folder: 'preload', code: "import { shell } from 'electron';\nexport const probe = shell;\n", allowed: false, why: 'the preload uses only contextBridge, ipcRenderer and webUtils' },
  { folder: 'preload', code: "import { callNames } from '../shared/contract';\nexport const probe = callNames;\n", allowed: false, why: 'the preload imports only types besides electron' },
  { folder: 'preload', code: "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n", allowed: false, why: 'the preload imports no node module' },
  { folder: 'preload', code: "import { contextBridge, ipcRenderer } from 'electron';\nimport type { CallName } from '../shared/contract';\nexport const probe: [unknown, unknown, CallName] = [contextBridge, ipcRenderer, 'listPosts'];\n", allowed: true, why: 'contextBridge, ipcRenderer and types are what the preload may use' },
  { folder: 'renderer/src', code: 'export const probe = (): Element | null => document.querySelector(\'[data-testid="editor"]\');\n', allowed: false, why: 'the renderer does not find its elements by test id' },
  { folder: 'renderer/src', code: "export const probe = (element: HTMLElement): boolean => element.dataset['testid'] === 'post-item';\n", allowed: false, why: 'the renderer does not decide by test id' },
  { folder: 'renderer/src', code: "export const probe = (): Element | null => document.querySelector('#editor');\n", allowed: true, why: 'the renderer finds its elements by id' },
  { folder: 'renderer/src', code: "export const probe = (dialog: HTMLDialogElement): void => dialog.showModal();\n", allowed: false, why: 'only the dialog system opens a modal', rule: 'no-restricted-syntax' },
  { folder: 'renderer/src', code: "export const probe = (element: HTMLElement): void => { element.inert = true; };\n", allowed: false, why: 'only the dialog system makes the page inert', rule: 'no-restricted-syntax' },
  { folder: 'shared', code: functionOf(101), allowed: false, why: 'no function of product code is longer than 100 lines', rule: 'max-lines-per-function' },
  { folder: 'renderer/src', code: functionOf(100), allowed: true, why: 'a function of 100 lines is fine', rule: 'max-lines-per-function' },
];

void describe('lint enforces the import rules between layers', () => {
  const written: string[] = [];
  after(async () => {
    await Promise.all(written.map((path) => rm(path, { force: true })));
  });

  for (const [index, probe] of probes.entries()) {
    void test(`${probe.allowed ? 'allows' : 'refuses'}: ${probe.why}`, async () => {
      const path = join(projectRoot, probe.folder, `zz-lint-probe-${process.pid}-${index}.ts`);
      written.push(path);
      await writeFile(path, probe.code);
      try {
        // Under CI=true typescript-eslint builds its program once ("single run"), which would not see the
        // probe files this test creates; opt out of that inference for this in-process ESLint.
        const eslint = new ESLint({
          cwd: projectRoot,
          overrideConfig: { languageOptions: { parserOptions: { disallowAutomaticSingleRunInference: true } } },
        });
        const [result] = await eslint.lintFiles([path]);
        const rule = probe.rule ?? 'restricted';
        const layerErrors = (result?.messages ?? []).filter((message) => message.ruleId?.includes(rule) === true);
        const otherErrors = (result?.messages ?? []).filter((message) => message.ruleId?.includes(rule) !== true);
        if (probe.allowed) {
          assert.deepEqual(otherErrors.map((message) => message.message), [], 'an allowed probe is otherwise clean');
        }
        const seen = (result?.messages ?? []).map((message) => `${message.ruleId ?? 'no rule'}: ${message.message}`).join('; ');
        assert.equal(layerErrors.length > 0, !probe.allowed, `lint said: ${seen || 'nothing'}`);
      } finally {
        await rm(path, { force: true });
      }
    });
  }
});
