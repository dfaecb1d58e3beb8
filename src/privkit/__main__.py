"""``python -m privkit``: the privkit command line."""

from privkit.cli import main

if __name__ == "__main__":
    main()
