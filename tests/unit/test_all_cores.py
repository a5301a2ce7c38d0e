"""The training matrix's products on every core: the very same numbers, in blocks."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import csr_matrix
from scipy.sparse import random as sparse_random
from sklearn.linear_model import LogisticRegression

from chatbot.nlu import all_cores
from chatbot.nlu.all_cores import RowsOnAllCores, on_all_cores


@pytest.fixture()
def two_cores(monkeypatch):
    monkeypatch.setattr(all_cores, "cores", lambda: 2)
    products = []
    each_block = RowsOnAllCores._each_block

    def counted(self, product):
        results = each_block(self, product)
        products.append(len(results))
        return results

    monkeypatch.setattr(RowsOnAllCores, "_each_block", counted)
    return products


def _matrix(rows=3000, cols=4000, density=0.01, seed=7) -> csr_matrix:
    X = sparse_random(rows, cols, density=density, format="csr", random_state=seed)
    X.data = np.round(X.data * 8) / 8 + 0.125  # tf-idf-like weights, none zero
    return X


def test_products_are_the_same_numbers(two_cores):
    X = _matrix()
    assert X.nnz >= all_cores.MIN_NNZ
    fast = on_all_cores(X)
    assert isinstance(fast, RowsOnAllCores)
    rng = np.random.default_rng(3)
    W, v, R = rng.random((X.shape[1], 26)), rng.random(X.shape[1]), rng.random((X.shape[0], 26))
    assert np.array_equal(fast @ W, X @ W)
    assert np.array_equal(fast @ W.T.T, X @ W)  # a non-contiguous right-hand side
    assert np.array_equal(fast @ v, X @ v)
    assert np.array_equal(R.T @ fast, R.T @ X)  # through the transposed copy
    assert np.array_equal(fast.T @ R, X.T @ R)
    assert two_cores == [2, 2, 2, 2, 2]  # every product ran as two blocks


def test_a_fit_gives_the_same_coefficients(two_cores):
    X = _matrix(rows=4000, cols=3000, density=0.02)
    y = np.asarray(X[:, :6].argmax(axis=1)).ravel()  # six classes the features decide
    settings = dict(C=30, class_weight="balanced", solver="newton-cg", tol=1e-3, max_iter=200)
    plain = LogisticRegression(**settings).fit(X, y)
    fast = LogisticRegression(**settings).fit(on_all_cores(X), y)
    assert np.array_equal(fast.coef_, plain.coef_)
    assert np.array_equal(fast.intercept_, plain.intercept_)
    assert len(two_cores) > 10  # scikit-learn kept the matrix: its products ran in blocks


def test_a_small_matrix_or_one_core_is_left_as_it_is(monkeypatch):
    small = _matrix(rows=100, cols=100, density=0.05)
    assert on_all_cores(small) is small
    X = _matrix()
    assert on_all_cores(X.tocsc()).format == "csc"
    monkeypatch.setattr(all_cores, "cores", lambda: 1)
    assert on_all_cores(X) is X


def test_a_forked_child_gets_its_own_threads(two_cores):
    """A child forked after a product inherits the pool without its threads."""
    import os
    import signal

    X = _matrix()
    W = np.ones((X.shape[1], 3))
    expected = on_all_cores(X) @ W  # the parent's pool now has threads
    pid = os.fork()
    if pid == 0:  # the child: a hung product is killed by the alarm
        signal.alarm(20)
        ok = np.array_equal(on_all_cores(X) @ W, expected)
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
