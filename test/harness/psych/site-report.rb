# Reads a Jekyll site as `jekyll build` does and reports, per post file, what
# Jekyll makes of it, for tests that compare `inkpost check` with Jekyll
# (test/harness/psych/site-oracle.ts). Usage: ruby site-report.rb <site> <dest>
# Prints one JSON object: {"posts": {"<path relative to the site>": {"status": ..., "message": ..., "url": ...}}}
#   status "built"    Jekyll reads and renders the post
#   status "error"    reading or rendering it fails (bad YAML, a Liquid error, a bad date, ...)
#   status "skipped"  Jekyll does not read it as a post (its name, a future date, published: false)
#   status "conflict" another post or page is written to the same URL
require 'json'
require 'jekyll'

source, destination = ARGV
Jekyll.logger.log_level = :error
report = {}
relative = ->(path) { path.delete_prefix("#{File.expand_path(source)}/") }

errors = {}
# Jekyll logs a post whose front matter does not load and goes on: catch that message.
original_error = Jekyll.logger.method(:error)
Jekyll.logger.define_singleton_method(:error) do |topic, message = nil|
  text = "#{topic} #{message}"
  if (match = text.match(%r{(?:reading|read file) (\S+?):? }))
    errors[File.expand_path(match[1], source)] = text.strip
  end
  original_error.call(topic, message)
end

# The post's own Liquid and Markdown, as Jekyll renders them, without its layout: a broken
# layout fails every post alike and is the theme's problem, not the post's.
def render_content(site, post)
  renderer = Jekyll::Renderer.new(site, post, site.site_payload)
  payload = renderer.payload
  payload['page'] = post.to_liquid
  info = { registers: { site: site, page: payload['page'] }, strict_filters: false, strict_variables: false }
  output = post.content
  output = renderer.render_liquid(output, payload, info, post.path) if post.render_with_liquid?
  renderer.convert(output)
end

# A fatal error while reading (a date that is no date) stops the whole build: record it against
# its post, leave that post out, and read again.
excluded = []
site = nil
loop do
  config = Jekyll.configuration('source' => source, 'destination' => destination, 'quiet' => true)
  config['exclude'] = Array(config['exclude']) + excluded
  site = Jekyll::Site.new(config)
  begin
    site.reset
    site.read
    break
  rescue StandardError => e
    match = e.message.match(/Document '([^']+)'/)
    if match.nil? || excluded.size > 50
      puts JSON.generate('fatal' => "#{e.class}: #{e.message}")
      exit 0
    end
    excluded << match[1]
    report[match[1]] = { 'status' => 'error', 'message' => "#{e.class}: #{e.message}" }
  end
end

site.posts.docs.each do |post|
  entry = { 'status' => 'built', 'url' => post.url }
  if errors.key?(post.path)
    entry = { 'status' => 'error', 'message' => errors[post.path] }
  else
    begin
      render_content(site, post)
    rescue StandardError => e
      entry = { 'status' => 'error', 'message' => "#{e.class}: #{e.message}" }
    end
    layout = post.data['layout']
    entry['unknownLayout'] = layout if layout && !site.layouts.key?(layout) && layout != 'none'
  end
  report[relative.call(post.path)] = entry
end

by_url = Hash.new { |hash, key| hash[key] = [] }
report.each { |path, entry| by_url[entry['url']] << path if entry['status'] == 'built' }
by_url.each_value do |paths|
  next if paths.size < 2
  paths.each { |path| report[path] = report[path].merge('status' => 'conflict') }
end

Dir.glob('**/_posts/**/*', base: File.expand_path(source)).each do |path|
  full = File.join(File.expand_path(source), path)
  next unless File.file?(full)
  next if path.split('/').any? { |part| part.start_with?('.') || part == '_site' }
  report[path] ||= { 'status' => 'skipped' }
end
puts JSON.generate('posts' => report)
