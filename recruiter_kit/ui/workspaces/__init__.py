"""The three workspaces of the main window."""
