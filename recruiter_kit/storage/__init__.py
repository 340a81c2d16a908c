"""Engine and sessions, tables, repositories and migrations. No Qt."""
