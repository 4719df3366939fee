# Parses texts as Jekyll 4 does before rendering a post (Jekyll's
# tags registered, error_mode warn; Debian brings Liquid 5), for test/unit/checks/liquid-syntax.test.ts.
# Protocol: one JSON object per line, {"text": "..."}; answers {"ok": true} or
# {"ok": false, "error": "<message>"}, one per line.
require 'json'
require 'jekyll'

Liquid::Template.error_mode = :warn
$stdout.sync = true
$stdin.each_line do |line|
  text = JSON.parse(line).fetch('text')
  answer =
    begin
      Liquid::Template.parse(text, line_numbers: true)
      { 'ok' => true }
    rescue StandardError, ScriptError => e
      { 'ok' => false, 'error' => "#{e.class}: #{e.message}" }
    end
  puts JSON.generate(answer)
end
