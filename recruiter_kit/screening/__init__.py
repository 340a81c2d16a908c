"""Reading resumes, extracting structure and skills, flags, scoring. No Qt."""
