#!/usr/bin/env bash
# The installed Call Studio as an operator gets it, away from the source and build trees.
#   check_install.sh tree    BUILD_DIR WORK_DIR VERSION   (cmake --install into WORK_DIR/prefix)
#   check_install.sh package BUILD_DIR WORK_DIR VERSION   (cpack's .deb, dpkg -x into WORK_DIR/root)
# CMAKE and CPACK name the build's own cmake and cpack (default: those on PATH).
# Fails, never skips, when a tool it needs is missing (./dev.sh installs them).
set -euo pipefail
mode=$1 build=$2 work=$3 version=$4
config_id="https://schemas.callstudio.example/widget-config/1.json"
app_id="example.callstudio.CallStudio"

fail() { echo "FAIL: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || fail "$1 is missing (./dev.sh installs it)"; }

rm -rf "$work"
mkdir -p "$work"
if [ "$mode" = tree ]; then
  root="$work/prefix"
  "${CMAKE:-cmake}" --install "$build" --prefix "$root" >/dev/null
else
  need dpkg-deb
  need dpkg-shlibdeps
  (cd "$work" && "${CPACK:-cpack}" -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >/dev/null)
  deb=$(ls "$work"/deb/callstudio_*.deb)
  depends=$(dpkg-deb -f "$deb" Depends)
  for dep in libqt6webenginecore6 libqt6widgets6 libqt6webenginecore6-bin; do
    [[ "$depends" == *"$dep"* ]] || fail "the package does not depend on $dep: $depends"
  done
  dpkg -x "$deb" "$work/root"
  root="$work/root/usr"
fi
share="$root/share"
bin="$root/bin/callstudio"
cd "$work" # nothing of the source or build tree is in reach

for f in "$bin" "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml" \
         "$share/icons/hicolor/scalable/apps/$app_id.svg" "$share/mime/packages/callstudio-design.xml" \
         "$share/callstudio/schema/widget-design.schema.json" "$share/callstudio/schema/widget-config.schema.json" \
         "$share/callstudio/examples/order-help.design.json"; do
  [ -e "$f" ] || fail "not installed: ${f#"$work"/}"
done

out=$("$bin" --version)
[ "$out" = "callstudio $version" ] || fail "--version printed: $out"

example="$share/callstudio/examples/order-help.design.json"
"$bin" validate "$example" || fail "validate refused the installed example"

"$bin" export "$example" -o widget.json || fail "export failed"
grep -q "\"\$schema\": \"$config_id\"" widget.json || fail "the export does not name the widget config schema"
grep -q "\"\$id\": \"$config_id\"" "$share/callstudio/schema/widget-config.schema.json" ||
  fail "the installed schema is not the one the export names"
! grep -q '"urlContext"' widget.json || fail "the export carries the design's URL context samples"
"$bin" import widget.json -o imported.design.json || fail "import of the exported config failed"

# The preview's web files and the runtime are compiled in: a headless call runs installed.
"$bin" simulate "$example" --timeout 120 >simulate.log || fail "simulate failed: $(tail -5 simulate.log)"
grep -q '"call_ended"' simulate.log || fail "simulate did not end its call: $(tail -5 simulate.log)"

need desktop-file-validate
need appstreamcli
desktop-file-validate "$share/applications/$app_id.desktop"
appstreamcli validate --no-net --pedantic "$share/metainfo/$app_id.metainfo.xml" >appstream.log ||
  fail "appstreamcli: $(cat appstream.log)"
# The design file type maps *.design.json to the type the desktop entry opens.
grep -q "MimeType=application/x-callstudio-design;" "$share/applications/$app_id.desktop" || fail "no MimeType"
if [ "$mode" = tree ]; then
  need update-mime-database
  update-mime-database "$share/mime"
  grep -q "application/x-callstudio-design:\*.design.json" "$share/mime/globs2" || fail "*.design.json is not mapped"
fi
echo "installed Call Studio $version works from $root"
