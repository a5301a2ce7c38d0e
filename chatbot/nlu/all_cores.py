"""Sparse products on every core, for the intent classifier's fit.

scikit-learn's Newton-CG spends most of a training in two products with the training
matrix, ``X @ W`` and ``R.T @ X``, and scipy computes each on one core, although its loops
release the GIL. ``RowsOnAllCores`` is the same CSR matrix with its products split by
rows over a thread pool; ``R.T @ X`` goes through a transposed copy kept in CSR, so it is
split the same way. Each output row is summed over the same entries in the same order as
scipy's own loops (CSR rows, or CSC columns in sample order), so a fit gives the very
same coefficients (tests/unit/test_all_cores.py).

Only for a matrix that is read and never changed in place, as a fit's training matrix is:
the row blocks and the transposed copy are made once, at first use. A product must not
be asked for from inside another one's block (the pool's threads would wait on
themselves).
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, List, Optional

import numpy as np
from scipy.sparse import csr_matrix, issparse

# Below this many stored values a product takes well under a millisecond: a thread
# hand-off would cost more than it saves.
MIN_NNZ = 50_000

_pool: Optional[ThreadPoolExecutor] = None
_pool_lock = threading.Lock()


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def on_all_cores(X: Any) -> Any:
    """X, with its products on every core when that can pay; otherwise X as it is."""
    if not issparse(X) or X.format != "csr" or X.nnz < MIN_NNZ or cores() < 2:
        return X
    if not hasattr(csr_matrix, "_mul_multivector"):  # scipy's product hooks moved
        return X
    return RowsOnAllCores(X)


class RowsOnAllCores(csr_matrix):
    def _row_blocks(self) -> List[csr_matrix]:
        blocks = self.__dict__.get("_blocks")
        if blocks is None:
            n = min(cores(), self.shape[0]) if self.nnz >= MIN_NNZ else 1
            # Cut where the stored values divide evenly, not the rows: the work is per value.
            cuts = np.searchsorted(self.indptr, np.linspace(0, self.nnz, n + 1)[1:-1])
            bounds = [0, *sorted(set(int(c) for c in cuts)), self.shape[0]]
            plain = csr_matrix((self.data, self.indices, self.indptr), shape=self.shape)
            blocks = [plain[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]
            self.__dict__["_blocks"] = blocks
        return blocks

    def _mul_vector(self, other: np.ndarray) -> np.ndarray:
        return np.concatenate(self._each_block(lambda b: b._mul_vector(other)))

    def _mul_multivector(self, other: np.ndarray) -> np.ndarray:
        # scipy's loop reads it raveled: one contiguous copy here, not one per block.
        other = np.ascontiguousarray(other)
        return np.vstack(self._each_block(lambda b: b._mul_multivector(other)))

    def _each_block(self, product: Any) -> List[np.ndarray]:
        blocks = self._row_blocks()
        if len(blocks) == 1:
            return [product(blocks[0])]
        return list(_executor().map(product, blocks))

    def transpose(self, axes: Any = None, copy: bool = False) -> Any:
        if axes is not None or copy:
            return super().transpose(axes=axes, copy=copy)
        transposed = self.__dict__.get("_transposed")
        if transposed is None:
            plain = csr_matrix((self.data, self.indices, self.indptr), shape=self.shape)
            transposed = RowsOnAllCores(plain.transpose().tocsr())
            self.__dict__["_transposed"] = transposed
        return transposed


def _executor() -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=cores(), thread_name_prefix="sparse-rows")
        return _pool


def _forget_pool() -> None:
    """A forked child has the pool but none of its threads: its own starts afresh."""
    global _pool, _pool_lock
    _pool, _pool_lock = None, threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_pool)
