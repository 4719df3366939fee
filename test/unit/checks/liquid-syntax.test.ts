// Differential test: `inkpost check` finds a Liquid syntax error exactly where Jekyll's own Liquid
// (Ruby, Jekyll's tags registered, as `jekyll build` parses a post) does, on generated post bodies.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { liquidSyntaxError } from '../../../main/services/checks/liquid-syntax';
import { parseAsJekyll } from '../../harness/psych/liquid-oracle';
import { psychMissing } from '../../harness/psych/psych-oracle';

const missing = psychMissing();
const runs = Number(process.env['INKPOST_ORACLE_RUNS'] ?? 3000);

const piece = fc.constantFrom(
  'text ', '\n', '\n    code {{ jid }} sample\n', '`{{ x }}`', '{{ page.title }}', '{{ x | upcase }}', '{{', '}}', '{{ x }', '{{- x -}}',
  '{% if a %}', '{% if %}', '{% elsif b %}', '{% else %}', '{% endif %}', '{% unless a %}', '{% endunless %}',
  '{% for x in y %}', '{% for x %}', '{% break %}', '{% endfor %}', '{% case x %}', '{% when 1 %}', '{% endcase %}',
  '{% raw %}', '{% endraw %}', '{%- raw -%}', '{% comment %}', '{% endcomment %}', '{% capture x %}', '{% endcapture %}',
  '{% highlight ruby %}', '{% highlight ruby linenos %}', '{% highlight %}', '{% endhighlight %}', '{% assign x = 1 %}', '{% assign %}',
  '{% include foo.html %}', '{% post_url 2010-01-01-x %}', '{% link _posts/x.md %}', '{% foo %}', '{% endfoo %}', '{% # note %}',
  '{%%}', '{% if a', '%}', '{%- if a -%}', '{% cycle "a", "b" %}', '{% cycle %}', '{% echo x %}', '{% render "x" %}', '{ {', '{%}',
);
const body = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

test(`${runs} generated bodies: a Liquid syntax error exactly where Jekyll's Liquid finds one`, { skip: missing ?? false }, async () => {
  const texts = fc.sample(body, { numRuns: runs, seed: 20261207 });
  const answers = await parseAsJekyll(texts);
  const disagreements = texts.flatMap((text, index) => {
    const jekyll = answers[index];
    const inkpost = liquidSyntaxError(text);
    return jekyll !== undefined && jekyll.ok === (inkpost === null) ? [] : [`${JSON.stringify(text)}: Jekyll ${jekyll?.ok === true ? 'parses it' : jekyll?.error ?? '?'}; Inkpost ${inkpost?.message ?? 'parses it'}`];
  });
  assert.equal(disagreements.length, 0, `${disagreements.length} of ${texts.length} disagree; the first:\n${disagreements.slice(0, 10).join('\n')}`);
});

test('a {{ left open in a code sample is the error that stops jekyll build, at its place', () => {
  const text = 'Intro\n\n    <presence to="{{ jid"/>\n';
  assert.deepEqual(liquidSyntaxError(text), { offset: text.indexOf('{{'), message: "Variable '{{' was not properly terminated with }}" });
});
