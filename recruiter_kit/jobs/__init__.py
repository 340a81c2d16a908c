"""Job descriptions: the data model, the template library, rendering and quality checks.

No Qt and no database here: services wire these to storage and the UI.
"""
