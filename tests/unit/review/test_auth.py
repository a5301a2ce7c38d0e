"""The review app's password hash and login lockout, without a server (over HTTP:
tests/e2e/review/test_web.py)."""

from chatbot.review.auth import hash_password, verify_password


def test_password_hash():
    hashed = hash_password("s3cret-enough")
    assert hashed.startswith("scrypt$") and "s3cret" not in hashed
    assert verify_password("s3cret-enough", hashed)
    assert not verify_password("wrong", hashed) and not verify_password("x", "garbage")


def test_lockout_after_five_failures():
    """Own app instance: the lockout must not lock the other tests out."""
    from chatbot.review.auth import Throttle

    throttle = Throttle(limit=5, lockout=60, delay=0)
    for _ in range(4):
        throttle.failed()
    assert not throttle.locked()
    throttle.failed()
    assert 55 < throttle.locked() <= 60
    for _ in range(5):
        throttle.failed()
    assert throttle.locked() > 110  # doubles


def test_lockout_is_per_client():
    """Someone guessing from one address does not lock the therapist out of hers."""
    from chatbot.review.auth import Throttle

    throttle = Throttle(limit=5, lockout=60, delay=0, max_clients=3)
    for _ in range(5):
        throttle.failed("203.0.113.9")
    assert throttle.locked("203.0.113.9") > 55
    assert not throttle.locked("198.51.100.1")
    throttle.failed("198.51.100.1")
    throttle.succeeded("198.51.100.1")
    for address in ("a", "b", "c"):  # the oldest addresses are forgotten past max_clients
        throttle.failed(address)
    assert not throttle.locked("203.0.113.9") and len(throttle._clients) == 3
