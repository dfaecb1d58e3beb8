"""Policy layer: decide which transform applies per field, category and purpose."""
