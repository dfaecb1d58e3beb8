"""Generator of the labelled detection corpus (benchmarks/data/detect_corpus.jsonl)."""
