import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileName } from '../../../renderer/src/ui/dom';

test('fileName is the last name of a file or folder path, on any platform', () => {
  const cases: Array<[string, string]> = [
    ['/home/me/blog/_drafts/hello.markdown', 'hello.markdown'],
    ['C:\\Users\\me\\blog\\_posts\\2024-01-02-hello.md', '2024-01-02-hello.md'],
    ['/home/me/posts/', 'posts'],
    ['C:\\blog\\', 'blog'],
    ['mixed/folders\\name.md', 'name.md'],
    ['hello.md', 'hello.md'],
    ['/', '/'],
  ];
  for (const [path, expected] of cases) {
    assert.equal(fileName(path), expected, path);
  }
});
