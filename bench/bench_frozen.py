"""The packaged app against the venv: size, `--help` time and time to a window on screen.

    packaging/build-linux.sh && xvfb-run -a .venv/bin/python bench/bench_frozen.py [--runs 7]

For each of `.venv/bin/hrd-desk` (the reference, measured in the same run) and the one-folder
app (dist/hrd-desk/hrd-desk): the wall time of `hrd-desk --help`, and of `hrd-desk` (on a fresh
vault directory: the create-vault screen) until its window is mapped on the X display, found by
polling `xdotool search --onlyvisible`. Needs an X display (xvfb-run) and xdotool. Issue 19's
targets: one folder <= 130 MiB, `--help` <= 0.5 s, window <= 1 s. Prints figures and ratios;
never asserts a time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"help": 0.5, "window": 1.0}
SIZE_TARGET_MIB = 130


def time_help(binary: Path) -> float:
    start = time.perf_counter()
    subprocess.run([str(binary), "--help"], check=True, capture_output=True)
    return time.perf_counter() - start


def time_window(binary: Path, timeout: float = 30.0) -> float:
    """Seconds from spawning `binary` to its window being mapped (then it is killed)."""
    with tempfile.TemporaryDirectory() as vault:
        env = {**os.environ, "HRD_DESK_VAULT": str(Path(vault) / "vault")}
        start = time.perf_counter()
        app = subprocess.Popen([str(binary)], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
        try:
            while time.perf_counter() - start < timeout:
                found = subprocess.run(
                    ["xdotool", "search", "--all", "--onlyvisible", "--pid", str(app.pid), "--name",
                     "hrd-desk"], capture_output=True, text=True, check=False)
                if found.stdout.strip():
                    return time.perf_counter() - start
                if app.poll() is not None:
                    raise RuntimeError(f"{binary} exited with {app.returncode} before a window: "
                                       f"{app.communicate()[1].strip()}")
                time.sleep(0.01)
            raise RuntimeError(f"{binary}: no window after {timeout} s")
        finally:
            app.kill()
            app.wait()


def folder_mib(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) \
        / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "hrd-desk" / "hrd-desk")
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv" / "bin" / "hrd-desk")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") or shutil.which("xdotool") is None:
        sys.exit("bench_frozen: needs an X display (xvfb-run -a) and xdotool")
    print(f"one folder: {folder_mib(args.app.parent):.0f} MiB (target <= {SIZE_TARGET_MIB})")
    results: dict[str, dict[str, float]] = {}
    for label, binary in (("venv", args.venv), ("frozen", args.app)):
        time_help(binary)  # a first run fills the page cache for both alike
        helps = [time_help(binary) for _ in range(args.runs)]
        windows = [time_window(binary) for _ in range(args.runs)]
        results[label] = {"help": statistics.median(helps), "window": statistics.median(windows)}
        print(f"{label:7} --help median {results[label]['help']:.3f} s (min {min(helps):.3f}),"
              f" window median {results[label]['window']:.3f} s (min {min(windows):.3f})")
    for what, target in TARGETS.items():
        ratio = results["frozen"][what] / results["venv"][what]
        print(f"{what}: frozen/venv {ratio:.2f}; target {target} s:"
              f" {'met' if results['frozen'][what] <= target else 'MISSED'}")


if __name__ == "__main__":
    main()
