"""Adapters for tables, files, streams, Spark and logging; each imports its dependency lazily."""
