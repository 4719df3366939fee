/**
 * The preview benchmark's Liquid post and its blog: a 200 KB post made of the
 * test blog's bodies with 200 Liquid tags spread through it (highlight blocks
 * with blank lines inside, includes with parameters, variables and filters),
 * and the naive page that renders it as Jekyll would, whole: Liquid over the
 * whole body, then kramdown-like Markdown over the whole result.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtureBodies } from '../test/harness/generated-posts';

/** The paragraph typed into in the Liquid post: short and unique, in its middle. */
export const liquidMiddleParagraph = 'This paragraph sits between the Liquid tags, where the benchmark types';
/** The line typed after inside the middle `{% highlight %}` block (which has a blank line inside). */
export const highlightMiddleLine = 'puts "typed inside the middle highlight block"';

const config = 'title: Bench blog\nurl: https://example.org\nbaseurl: /bench\n';
const include = '<aside class="note">{{ include.text }} ({{ include.kind | default: "info" }})</aside>\n';

/** The `index`th Liquid unit: a highlight block, an include or a line of variables, in turn. */
function liquidUnit(index: number, middle: boolean): string {
  switch (index % 3) {
    case 0:
      return [
        '{% highlight ruby %}',
        `def step_${index}`,
        middle ? `  ${highlightMiddleLine}` : `  puts "{{ page.title }} step ${index}"`,
        '',
        `  {{ "step ${index}" | upcase }}`,
        'end',
        '{% endhighlight %}',
        '',
      ].join('\n');
    case 1:
      return `{% include note.html text="Note ${index}" kind="tip" %}\n`;
    default:
      return `Written for {{ site.title }} in "{{ page.title | downcase }}", step ${index}.\n`;
  }
}

/**
 * The Liquid post, about `bytes` long: the fixture bodies in turn with the
 * `tags` Liquid units spread evenly between them, the middle paragraph and a
 * highlight block holding `highlightMiddleLine` halfway.
 */
export function liquidBenchmarkPost(bytes: number, tags: number): { text: string; tags: number } {
  const header = '---\nlayout: post\ntitle: "A Liquid post"\ntags: [generated]\n---\n';
  const unitsBytes = Array.from({ length: tags }, (_unused, index) => Buffer.byteLength(liquidUnit(index, false)) + 1).reduce((sum, size) => sum + size, 0);
  const bodies: string[] = [];
  let size = Buffer.byteLength(header) + unitsBytes + 200;
  for (let index = 0, misses = 0; misses < fixtureBodies.length; index += 1) {
    const body = `${(fixtureBodies[index % fixtureBodies.length] ?? '').trimEnd()}\n`;
    if (size + Buffer.byteLength(body) + 1 <= bytes) {
      bodies.push(body);
      size += Buffer.byteLength(body) + 1;
      misses = 0;
    } else {
      misses += 1;
    }
  }
  const parts: string[] = [];
  let unit = 0;
  const middleUnit = Math.floor(tags / 6) * 3; // a highlight block halfway
  for (const [index, body] of bodies.entries()) {
    parts.push(body);
    const until = Math.round(((index + 1) * tags) / bodies.length);
    for (; unit < until; unit += 1) {
      if (unit === middleUnit) {
        parts.push(`${liquidMiddleParagraph}\n`);
      }
      parts.push(liquidUnit(unit, unit === middleUnit));
    }
  }
  const text = `${header}${parts.join('\n')}`;
  const count = (text.match(/\{%|\{\{/g) ?? []).length;
  return { text, tags: count };
}

/** Makes a blog in `folder` (`_config.yml`, `_includes/note.html`, `_posts/`) and returns its posts folder. */
export async function writeBenchBlog(folder: string): Promise<string> {
  const postsDir = join(folder, '_posts');
  await mkdir(join(folder, '_includes'), { recursive: true });
  await mkdir(postsDir, { recursive: true });
  await writeFile(join(folder, '_config.yml'), config);
  await writeFile(join(folder, '_includes', 'note.html'), include);
  return postsDir;
}

/**
 * The naive Liquid page's script, bundled by esbuild: the app's editor, and at
 * most once per frame the whole post as Jekyll renders it (Liquid over the
 * whole body, then the blog's kramdown-like Markdown over all of it),
 * sanitized into the preview.
 */
export const naiveLiquidPageSource = `
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { editorExtensions } from './renderer/src/editor/editor-extensions';
import { createJekyllLiquid } from './renderer/src/preview/liquid/jekyll-liquid';
import { createMarkdownRenderer } from './renderer/src/preview/markdown-renderer';
import { kramdownOptionsFromConfig } from './renderer/src/preview/kramdown/kramdown-options';
import { createSanitizer } from './renderer/src/preview/sanitizer';
import { splitFrontMatter } from './shared/front-matter/front-matter-block';
import { parseJekyllYaml } from './shared/front-matter/jekyll-yaml';

const preview = document.querySelector('[data-testid="preview"]');
const host = document.querySelector('[data-testid="editor"]');
const root = host.attachShadow({ mode: 'open' });
const sanitize = createSanitizer();
let pendingRead = null;
let frame = 0;
let render = () => {};
const flush = () => {
  frame = 0;
  if (pendingRead !== null) {
    render(pendingRead());
    pendingRead = null;
  }
};
const show = (read) => {
  pendingRead = read;
  if (frame === 0) frame = requestAnimationFrame(flush);
};
const path = new URLSearchParams(location.search).get('path');
Promise.all([window.inkpost.readPost(path), window.inkpost.getRenderContext()]).then(([post, blog]) => {
  const markdown = createMarkdownRenderer(kramdownOptionsFromConfig(blog.config));
  const liquid = createJekyllLiquid(() => blog, (text) => markdown(text, {}));
  const site = { ...blog.config, data: blog.data, posts: blog.posts };
  render = (text) => {
    const { frontMatter, body } = splitFrontMatter(text);
    const page = frontMatter === null ? {} : parseJekyllYaml(frontMatter, 2).data;
    const outcome = liquid(body, { site, page });
    preview.replaceChildren(sanitize(markdown(outcome.text, {})));
  };
  const extensions = editorExtensions({ save() {}, change: (update) => show(() => update.state.doc.toString()) });
  const view = new EditorView({ parent: root, root, state: EditorState.create({ doc: post.text, extensions }) });
  document.querySelector('[data-testid="empty-state"]').hidden = true;
  show(() => view.state.doc.toString());
  view.focus();
  document.querySelector('.app').dataset.ready = 'true';
});
`;
