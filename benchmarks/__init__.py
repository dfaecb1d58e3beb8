"""privkit benchmarks: each module compares privkit with its peer in the same run."""
