"""Transform layer: turn a detected value into a protected one."""
