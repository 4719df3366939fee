import assert from 'node:assert/strict';
import { test } from 'node:test';
import { imageCandidates, noImageBases, postAssetsFor } from '../../../renderer/src/preview/image-sources';

const blog = 'inkpost-blog://assets';
const posts = 'inkpost-blog://posts';
const bases = { blog, baseurl: '', posts, postFolder: `${posts}/drafts/` };

test('site paths load from the blog, with the blog\'s baseurl taken off', () => {
  assert.deepEqual(imageCandidates('/images/x.png', bases), [`${blog}/images/x.png`]);
  assert.deepEqual(imageCandidates(' /blog/images/x.png ', { ...bases, baseurl: '/blog/' }), [`${blog}/images/x.png`]);
  assert.deepEqual(imageCandidates('/blogger/x.png', { ...bases, baseurl: '/blog' }), [`${blog}/blogger/x.png`]);
  assert.deepEqual(imageCandidates('/images/x.png', { ...bases, blog: null }), []);
});

test('relative paths load beside the post first, then from the blog without their ../ steps', () => {
  assert.deepEqual(imageCandidates('images/x.png', bases), [`${posts}/drafts/images/x.png`, `${blog}/images/x.png`]);
  assert.deepEqual(imageCandidates('../images/x.png', bases), [`${posts}/images/x.png`, `${blog}/images/x.png`]);
  assert.deepEqual(imageCandidates('images/x.png', noImageBases), []);
});

test('remote, protocol-relative, data and fragment URLs are no local pictures', () => {
  for (const url of ['https://example.com/x.png', '//cdn.example.com/x.png', 'data:image/png;base64,AA==', '#top', '', 'javascript:alert(1)']) {
    assert.deepEqual(imageCandidates(url, bases), [], url);
  }
});

test('the open post\'s served folder: its folder under the posts folder, percent-encoded', () => {
  assert.deepEqual(postAssetsFor(posts, '/home/jo/Inkpost', '/home/jo/Inkpost/trip.md'), { posts, postFolder: `${posts}/` });
  assert.deepEqual(postAssetsFor(posts, '/home/jo/Inkpost/', '/home/jo/Inkpost/a b/trip.md'), { posts, postFolder: `${posts}/a%20b/` });
  assert.deepEqual(postAssetsFor(posts, 'C:\\Users\\jo\\Inkpost', 'C:\\Users\\jo\\Inkpost\\sub\\trip.md'), { posts, postFolder: `${posts}/sub/` });
  assert.equal(postAssetsFor(posts, '/home/jo/Inkpost', '/home/jo/Inkposts/trip.md'), null);
  assert.equal(postAssetsFor(null, '/home/jo/Inkpost', '/home/jo/Inkpost/trip.md'), null);
  assert.equal(postAssetsFor(posts, '/home/jo/Inkpost', null), null);
});
