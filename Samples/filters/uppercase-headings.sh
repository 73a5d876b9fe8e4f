#!/bin/sh
# Octavo filter (shell + jq): upper-case the text of every heading.
#
# Reads the document's model JSON (docs/model-json.md) on stdin and writes the changed
# document on stdout; $1 is the target format (html, text, epub…), unused here.
# Usage: octavo convert --filter Samples/filters/uppercase-headings.sh notes.md
set -eu
exec jq -c '
  def upper_text: if type == "object" and .type == "text" then .text |= ascii_upcase else . end;
  walk(if type == "object" and .type == "heading" then .content |= walk(upper_text) else . end)
'
