"""The database tables. Importing this package registers every table on `Base.metadata`."""

from recruiter_kit.storage.models import interviews, jobs, screening
from recruiter_kit.storage.models.base import Base
from recruiter_kit.storage.models.core import CandidateRecord, DocumentRecord, JobRecord

__all__ = [
    "Base",
    "CandidateRecord",
    "DocumentRecord",
    "JobRecord",
    "interviews",
    "jobs",
    "screening",
]
