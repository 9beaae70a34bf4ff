"""The policy knowledge base: documents, passages, index and retrieval (plain Python).

The API other features use is small: :class:`KnowledgeBase` (``ingest``,
``ensure_default``, ``ask``, ``documents``, ``document``), its results
:class:`Answer` and :class:`Hit`, document metadata :class:`Document`, and
:class:`FeedbackStore` for unanswered questions and "not helpful" clicks.
"""

from knowledge.base import Answer, Hit, KnowledgeBase
from knowledge.documents import Document
from knowledge.index import IngestError, IngestReport

__all__ = ["Answer", "Document", "Hit", "IngestError", "IngestReport", "KnowledgeBase"]
