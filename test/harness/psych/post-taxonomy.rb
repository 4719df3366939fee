# Reads a Jekyll site as `jekyll build` does and prints each post's tags and categories as Jekyll
# has them after reading (string values split, lists kept), for
# test/unit/renderer/form-taxonomy.test.ts. Usage: ruby post-taxonomy.rb <site> <dest>
# Prints one JSON object: {"<post file name>": {"tags": [...], "categories": [...]}} (values as strings).
require 'json'
require 'jekyll'

source, destination = ARGV
Jekyll.logger.log_level = :error
site = Jekyll::Site.new(Jekyll.configuration('source' => source, 'destination' => destination, 'quiet' => true))
site.read
report = site.posts.docs.to_h do |post|
  [File.basename(post.path), { 'tags' => post.data['tags'].map(&:to_s), 'categories' => post.data['categories'].map(&:to_s) }]
end
puts JSON.generate(report)
