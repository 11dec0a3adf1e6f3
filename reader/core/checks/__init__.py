"""Known fact-checks: an archive of claims already checked, and matching a claim against it."""
