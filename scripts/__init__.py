"""Helper scripts (run them from the repository root; see the Makefile)."""
