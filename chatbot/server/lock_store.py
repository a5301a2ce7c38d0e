"""Lock stores that let a conversation's messages take turns without Rasa's one-second polling.

``InProcessLockStore`` (one server process, the default): an ``asyncio.Lock`` per
conversation; the next message starts the moment the previous one is done, in the order
they arrived. Rasa's own in-memory store checks its tickets once a second, so twenty
messages from one visitor at once were answered about a second apart.

``AtomicRedisLockStore`` (several servers or Sanic workers): one Redis key per conversation.

Rasa 3.6's ``RedisLockStore`` issues its tickets with a GET then a SET, so two servers (or two
Sanic workers) can both take a conversation, and the later tracker save drops the other's
events. Here taking the lock is one ``SET key token NX PX lifetime`` and releasing it a
compare-and-delete script (redis-py's ``Lock``), so only the holder ever frees it. Waiters retry
every few milliseconds instead of every second (in no particular order, unlike Rasa's
tickets), and a crashed holder's key expires after its lifetime. A live holder renews its
lock while its turn runs (a turn may run several custom actions, each up to their
timeout), for at most ``MAX_HOLD`` seconds. In endpoints.yml (``chatbot.server.endpoints`` writes
it from ``CHATBOT_REDIS_URL``)::

    lock_store:
      type: chatbot.server.lock_store.AtomicRedisLockStore
      url: redis://:PASSWORD@HOST:6379/0
      lock_lifetime: 60     # seconds a holder may keep a conversation (optional)
      wait_timeout: 90      # seconds a message waits for it before failing (optional)
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from contextlib import asynccontextmanager
from typing import Any, AsyncGenerator, Optional, Text

import redis
import redis.asyncio
from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, LockError, LockStore
from rasa.utils.endpoints import EndpointConfig
from redis.asyncio.lock import Lock

logger = logging.getLogger(__name__)

KEY_PREFIX = "chatbot:lock:"  # not Rasa's "lock:", whose values are ticket lists
RETRY_STEP = 0.01  # seconds between attempts while another request holds the conversation
# Longer than a lifetime, so a waiter outlasts the key of a holder that crashed.
DEFAULT_WAIT_TIMEOUT = 1.5 * LOCK_LIFETIME
SOCKET_TIMEOUT = 10.0
MAX_HOLD = 600.0  # seconds a live request may keep renewing a conversation's lock


class AtomicRedisLockStore(LockStore):
    def __init__(
        self,
        endpoint_config: Optional[EndpointConfig] = None,
        url: Optional[str] = None,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        key_prefix: str = KEY_PREFIX,
    ) -> None:
        """Rasa passes ``endpoint_config``; code and tests may pass the settings directly."""
        options: dict[str, Any] = dict(endpoint_config.kwargs) if endpoint_config else {}
        self.url = url or (endpoint_config.url if endpoint_config else None)
        if not self.url:
            raise ValueError("AtomicRedisLockStore needs a url: redis://HOST:PORT/DB")
        self.lock_lifetime = float(options.get("lock_lifetime", lock_lifetime))
        self.wait_timeout = float(options.get("wait_timeout", wait_timeout))
        self.key_prefix = str(options.get("key_prefix", key_prefix))
        self._check_reachable()
        self.red = redis.asyncio.Redis.from_url(self.url, socket_timeout=SOCKET_TIMEOUT)
        super().__init__()

    def _check_reachable(self) -> None:
        # A wrong URL or password stops the server at start-up, not at the first message.
        client = redis.Redis.from_url(self.url, socket_timeout=SOCKET_TIMEOUT)
        try:
            client.ping()
        except redis.RedisError as err:
            # Rasa's LockStore.create turns ConnectionError into "Cannot connect to lock store".
            raise ConnectionError(f"Redis lock store unreachable: {err}") from err
        finally:
            client.close()

    def key(self, conversation_id: Text) -> str:
        return self.key_prefix + conversation_id

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: Text,
        lock_lifetime: Optional[float] = None,
        wait_time_in_seconds: Optional[float] = None,
    ) -> AsyncGenerator[Lock, None]:
        """Holds ``conversation_id`` for the block, as Rasa's ``LockStore.lock`` does.

        ``lock_lifetime``: seconds before a holder that never releases loses the lock;
        ``wait_time_in_seconds``: the pause between attempts (Rasa's meaning). Raises
        ``LockError`` when the conversation stays busy for ``wait_timeout`` seconds.
        """
        lock = Lock(
            self.red,
            self.key(conversation_id),
            timeout=lock_lifetime or self.lock_lifetime,
            sleep=wait_time_in_seconds or RETRY_STEP,
            thread_local=False,  # one event loop thread serves every conversation
        )
        try:
            acquired = await lock.acquire(
                blocking_timeout=self.wait_timeout, token=secrets.token_hex(16)
            )
        except redis.RedisError as err:
            raise LockError(f"Could not reach the Redis lock store: {err}") from err
        if not acquired:
            # No conversation id in the error: it can be a phone number, and it gets logged.
            raise LockError(
                f"A conversation stayed busy for {self.wait_timeout:g} s: another request "
                f"still holds its lock (lock_lifetime {lock.timeout:g} s)."
            )
        renewing = asyncio.ensure_future(self._renew(lock))
        try:
            yield lock
        finally:
            renewing.cancel()
            # Shielded: a request cancelled while releasing still frees the conversation.
            await asyncio.shield(self._release(lock))

    @staticmethod
    async def _renew(lock: Lock) -> None:
        """Resets the lock's lifetime every third of it while the holder runs."""
        loop = asyncio.get_running_loop()
        step, until = lock.timeout / 3, loop.time() + MAX_HOLD
        while loop.time() + step < until:
            await asyncio.sleep(step)
            try:
                await lock.reacquire()
            except redis.RedisError:  # lost (expired, or Redis away): release will say so
                return

    async def _release(self, lock: Lock) -> None:
        try:
            await lock.release()
        except redis.exceptions.LockNotOwnedError:
            logger.warning(
                "A conversation's lock expired before its request finished (lock_lifetime "
                "%g s): another request may have run at the same time.",
                lock.timeout,
            )
        except redis.RedisError as err:
            # The key expires by itself after its lifetime.
            logger.error("Could not release a conversation's lock: %s", err)


class InProcessLockStore(InMemoryLockStore):
    """One lock per conversation in this process; waiters are woken in arrival order.

    A subclass of Rasa's in-memory store, which Rasa knows not to share between Sanic
    workers; it also refuses to start when ``SANIC_WORKERS`` asks for more than one.
    """

    def __init__(self, endpoint_config: Optional[EndpointConfig] = None) -> None:
        import os

        if int(os.environ.get("SANIC_WORKERS", "1") or 1) > 1:
            raise ValueError(
                "InProcessLockStore serves one process: for several Sanic workers set "
                "CHATBOT_REDIS_URL (AtomicRedisLockStore)"
            )
        options = dict(endpoint_config.kwargs) if endpoint_config else {}
        self.wait_timeout = float(options.get("wait_timeout", DEFAULT_WAIT_TIMEOUT))
        self._locks: dict = {}  # conversation id -> [asyncio.Lock, requests holding or waiting]
        super().__init__()

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: Text,
        lock_lifetime: Optional[float] = None,
        wait_time_in_seconds: Optional[float] = None,
    ) -> AsyncGenerator[asyncio.Lock, None]:
        entry = self._locks.setdefault(conversation_id, [asyncio.Lock(), 0])
        entry[1] += 1
        try:
            try:
                await asyncio.wait_for(entry[0].acquire(), self.wait_timeout)
            except asyncio.TimeoutError:
                raise LockError(
                    f"A conversation stayed busy for {self.wait_timeout:g} s."
                ) from None
            try:
                yield entry[0]
            finally:
                entry[0].release()
        finally:
            entry[1] -= 1
            if entry[1] == 0:  # nobody holds or waits: forget it
                del self._locks[conversation_id]
