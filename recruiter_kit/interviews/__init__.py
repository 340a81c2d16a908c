"""Interview guides: the question bank, guide builder, probes, scorecards and the PDF.

Plain Python: nothing here imports Qt or touches the database.
"""
