"""Document builders (PDF with reportlab, DOCX with python-docx) shared by the features."""
