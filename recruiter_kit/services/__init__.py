"""Use cases. Each public method owns one transaction."""
