"""Detection layer: find personal data and persistent identifiers in text."""
