"""Plain data, errors and helpers shared by every layer. Standard library only."""
