# Sourced by the benchmark scripts: `root` (the repository), `work` (a scratch folder) and `pids` (servers to stop),
# with everything started stopped and the scratch folder removed on exit.
root=$(cd "$(dirname "${BASH_SOURCE[1]}")/../.." && pwd)
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
