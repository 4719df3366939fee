# Reads post texts as Jekyll 4 does and prints what Jekyll gets, for tests that
# compare Inkpost's reading with Jekyll's (test/harness/psych/psych-oracle.ts).
#
# Protocol: one JSON object per input line, {"text": "<whole post file>"};
# one JSON object per output line:
#   {"frontMatter": false}                       the text has no front matter block
#   {"frontMatter": true, "ok": true, "data": V}  the block's data, V as encoded below
#   {"frontMatter": true, "ok": false, "error": "<class>: <message>"}
# Values: null, true, false and strings as JSON; {"int": "<digits>"},
# {"float": "<Ruby's to_s>"}, {"date": "YYYY-MM-DD"},
# {"time": "<milliseconds since the epoch, with fraction>"}, lists as JSON
# arrays, mappings as {"map": [[key, value], ...]} in order.
require 'json'
require 'date'
require 'time'
require 'jekyll'

def encode(value, open = {}.compare_by_identity)
  return { 'other' => 'cycle' } if open.key?(value)

  case value
  when nil, true, false, String then value
  when Integer then { 'int' => value.to_s }
  when Float then { 'float' => value.to_s }
  when Time then { 'time' => (value.to_r * 1000).to_f.to_s }
  when Date then { 'date' => value.strftime('%Y-%m-%d') }
  when Array then inside(value, open) { value.map { |item| encode(item, open) } }
  when Hash then inside(value, open) { { 'map' => value.map { |key, item| [encode(key, open), encode(item, open)] } } }
  else { 'other' => value.class.name }
  end
end

def inside(collection, open)
  open[collection] = true
  yield
ensure
  open.delete(collection)
end

$stdout.sync = true
$stdin.each_line do |line|
  text = JSON.parse(line).fetch('text')
  answer =
    if text =~ Jekyll::Document::YAML_FRONT_MATTER_REGEXP
      begin
        { 'frontMatter' => true, 'ok' => true, 'data' => encode(Jekyll::Utils.safe_load_yaml(Regexp.last_match(1))) }
      rescue StandardError, Psych::Exception => e
        { 'frontMatter' => true, 'ok' => false, 'error' => "#{e.class}: #{e.message}" }
      end
    else
      { 'frontMatter' => false }
    end
  puts JSON.generate(answer)
end
