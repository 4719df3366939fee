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
# With --field-lines, an ok answer also has "fieldLines": [[key, first, last], ...]:
# each top-level key's 0-based lines in the text (the opening `---` is line 0),
# from its key to its value's end, as Psych's parser places them.
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

# Each top-level field's key and lines, as Psych's parser places them (a value ending
# at column 0 of a line ends on the line before).
def field_lines(yaml)
  document = Psych.parse(yaml)
  return [] unless document&.root.is_a?(Psych::Nodes::Mapping)

  document.root.children.each_slice(2).map do |key, value|
    last = value.end_column.zero? ? value.end_line - 1 : value.end_line
    [key.respond_to?(:value) ? key.value : nil, key.start_line, [last, key.start_line].max]
  end
end

field_lines_wanted = ARGV.include?('--field-lines')
$stdout.sync = true
$stdin.each_line do |line|
  text = JSON.parse(line).fetch('text')
  answer =
    if text =~ Jekyll::Document::YAML_FRONT_MATTER_REGEXP
      begin
        yaml = Regexp.last_match(1)
        answer = { 'frontMatter' => true, 'ok' => true, 'data' => encode(Jekyll::Utils.safe_load_yaml(yaml)) }
        field_lines_wanted ? answer.merge('fieldLines' => field_lines(yaml)) : answer
      rescue StandardError, Psych::Exception => e
        { 'frontMatter' => true, 'ok' => false, 'error' => "#{e.class}: #{e.message}" }
      end
    else
      { 'frontMatter' => false }
    end
  puts JSON.generate(answer)
end
