#!/bin/bash
# Writes the libFuzzer seed corpus for partnerlens-extraction-fuzzer into DIR
# (see docs/fuzzing.md): the seed articles as plain text, with and without a
# published date, and the HTML snippets in bench/fuzz_html/ as HTML and as
# guessed format. Each file starts with the fuzzer's two header bytes.
set -euo pipefail
out=${1:?usage: make_fuzz_corpus.sh DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
n=0
for text in "$root"/tests/testdata/seeds/*.txt; do
  { printf '\001\000'; cat "$text"; } > "$out/text_$n"
  { printf '\001\0122024-05-17'; cat "$text"; } > "$out/text_dated_$n"
  n=$((n + 1))
done
for html in "$root"/bench/fuzz_html/*.html; do
  name=$(basename "$html" .html)
  { printf '\002\000'; cat "$html"; } > "$out/html_$name"
  { printf '\000\000'; cat "$html"; } > "$out/guess_$name"
done
echo "wrote $(ls "$out" | wc -l) seed inputs to $out"
