"""Run Psoas Timer from a source checkout: python main.py [options]."""

from psoas_timer.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
