"""The policy knowledge base: documents, passages, index and retrieval (plain Python)."""
