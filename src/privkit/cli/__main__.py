"""``python -m privkit.cli``: the privkit command line."""

from privkit.cli import main

if __name__ == "__main__":  # pragma: no cover
    main()
