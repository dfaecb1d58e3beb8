"""Hazardous materials: raw primitives for experts.

You should only use this module if you are sure that the recipes in
:mod:`privkit.transform` do not fit; these functions are easy to misuse.
"""
