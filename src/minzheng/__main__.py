"""``python -m minzheng``: the command line."""

from minzheng.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
