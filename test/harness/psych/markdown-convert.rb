# Converts Markdown as Jekyll 4 does for a post (its kramdown converter, with the options a
# _config.yml gives), for test/unit/preview/kramdown-testcases.test.ts.
# Protocol: one JSON object per line, {"text": "...", "kramdown": {...}} (the `kramdown:` settings
# of _config.yml, {} for Jekyll's defaults); answers {"html": "..."} or {"error": "..."}, one per line.
require 'json'
require 'jekyll'
require 'tmpdir'

$stdout.sync = true
converters = {}
Dir.mktmpdir('inkpost-markdown') do |source|
  $stdin.each_line do |line|
    request = JSON.parse(line)
    settings = request.fetch('kramdown', {})
    converter = converters[settings] ||= begin
      config = Jekyll.configuration('quiet' => true, 'source' => source, 'destination' => File.join(source, '_site'), 'kramdown' => settings)
      Jekyll::Site.new(config).find_converter_instance(Jekyll::Converters::Markdown)
    end
    answer =
      begin
        { 'html' => converter.convert(request.fetch('text')) }
      rescue StandardError => e
        { 'error' => "#{e.class}: #{e.message}" }
      end
    puts JSON.generate(answer)
  end
end
