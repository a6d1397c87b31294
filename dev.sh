#!/usr/bin/env bash
# Call Studio's developer entry point.
#   ./dev.sh run   install what is missing, build, open the designer on the example design
#   ./dev.sh test  install what is missing, build, run every test headless (CI runs this)
#   ./dev.sh bench install what is missing, build, run the benchmarks (writes build/bench.json)
#   ./dev.sh package install what is missing, build, make the Debian package (build/callstudio_*.deb)
set -euo pipefail
cd "$(dirname "$0")"

JOBS=${JOBS:-2}
BUILD_DIR=${BUILD_DIR:-build}
FUZZ_BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
FUZZ_SECONDS=${FUZZ_SECONDS:-20}
# Release carries no debug information, which takes a third off a fresh build on two
# cores; BUILD_TYPE=RelWithDebInfo ./dev.sh run gives a build to debug.
BUILD_TYPE=${BUILD_TYPE:-Release}

PACKAGES=(
  cmake make g++ clang libclang-rt-dev clang-format ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-webengine-dev qt6-webchannel-dev qt6-multimedia-dev libgl-dev
  libqscintilla2-qt6-dev libvalijson-dev nlohmann-json3-dev libgumbo-dev libtidy-dev
  fonts-dejavu-core xvfb xauth chromium
  desktop-file-utils appstream shared-mime-info dpkg-dev
)

install_missing_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# From npm, pinned in package-lock.json, installed when missing or when the lockfile changed
# since: ESLint and Prettier (tests js_lint, js_format), axe-core for the accessibility audit
# and the tracker database (third-party-web), both compiled into the build, and the
# analytics SDKs the preview tests serve locally.
install_web_tools() {
  # Debian's nodejs and npm only where there is no npm: a Node.js from elsewhere brings its
  # own npm, and Debian's npm package conflicts with it.
  if ! command -v npm >/dev/null; then
    (PACKAGES=(nodejs npm); install_missing_packages)
  fi
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    npm ci --no-audit --no-fund
    touch node_modules
  fi
}

# ccache (a Debian package) makes a rebuild after a branch switch or a fresh clone of the
# same sources cheap; the first build costs the same.
launcher() {
  command -v ccache >/dev/null && echo "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache" || true
}

build() {
  # The benchmark programs are optional targets; the developer's tree has them.
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE="$BUILD_TYPE" -DCALLSTUDIO_BUILD_BENCH=ON $(launcher) >/dev/null
  cmake --build "$BUILD_DIR" -j "$JOBS"
}

headless_environment() {
  export QT_QPA_PLATFORM=offscreen
  # Chromium refuses to run as root without its own sandbox switched off.
  if [ "$(id -u)" -eq 0 ]; then
    export QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox ${QTWEBENGINE_CHROMIUM_FLAGS:-}"
  fi
}

run_tests() {
  headless_environment
  # One test at a time: the web engine suites time real renderers and share two cores.
  (cd "$BUILD_DIR" && ctest --output-on-failure)
  # The loader's fuzzer, built with clang and libFuzzer in its own tree, runs for a bounded time.
  # The GUI is configured for the preview core's shareable HTML writer; only the fuzzer is built.
  CXX=clang++ cmake -S . -B "$FUZZ_BUILD_DIR" $(launcher) -DCALLSTUDIO_FUZZ=ON -DCALLSTUDIO_BUILD_GUI=ON -DBUILD_TESTING=OFF \
    -DCALLSTUDIO_FUZZ_SECONDS="$FUZZ_SECONDS" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$FUZZ_BUILD_DIR" -j "$JOBS" --target fuzz_design_loader
  (cd "$FUZZ_BUILD_DIR" && ctest --output-on-failure)
}

case "${1:-}" in
  run)
    install_missing_packages
    install_web_tools
    build
    if [ "$(id -u)" -eq 0 ]; then
      export QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox ${QTWEBENGINE_CHROMIUM_FLAGS:-}"
    fi
    exec "$BUILD_DIR/bin/callstudio" resources/examples/order-help.design.json
    ;;
  test)
    install_missing_packages
    install_web_tools
    build
    run_tests
    ;;
  bench)
    install_missing_packages
    install_web_tools
    build
    headless_environment
    "$BUILD_DIR/bin/callstudio_bench" --json "$BUILD_DIR/bench.json"
    ;;
  package)
    install_missing_packages
    install_web_tools
    build
    (cd "$BUILD_DIR" && cpack -G DEB)
    ls "$BUILD_DIR"/callstudio_*.deb
    ;;
  *)
    echo "usage: $0 run|test|bench|package" >&2
    exit 2
    ;;
esac
