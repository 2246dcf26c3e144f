"""Run Psoas Timer from a source checkout: python main.py [options]."""

from psoas_timer.__main__ import run

if __name__ == "__main__":
    raise SystemExit(run())
