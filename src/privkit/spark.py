"""Spark entry point: ``privkit.spark.protect(df, policy=..., purpose=...)``.

See :mod:`privkit.integrations.spark`; pyspark is imported only when a function is called.
"""

from privkit.integrations.spark import classify, protect

__all__ = ["classify", "protect"]
