"""Requests per second a running server answers for a path, with concurrent clients: what
`manage.py serve_benchmark` prints. Each client is a thread with one kept-alive connection that
asks for the path again as soon as the answer is read; only what is answered within the time
counts."""

import http.client
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from hub.benchmark.percentiles import percentile


@dataclass
class PathTiming:
    path: str
    seconds: float
    milliseconds: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    # Connections the server closed or refused mid-run.
    connection_errors: int = 0

    @property
    def answered(self) -> int:
        return len(self.milliseconds)

    @property
    def failed(self) -> int:
        """Answers that were not 2xx, and connection errors."""
        not_ok = sum(count for status, count in self.statuses.items() if not 200 <= status < 300)
        return not_ok + self.connection_errors

    def as_dict(self) -> dict:
        return {
            "path": self.path,
            "requests": self.answered,
            "requests_per_second": round(self.answered / self.seconds, 1),
            "p50_ms": round(percentile(self.milliseconds, 0.5), 1),
            "p95_ms": round(percentile(self.milliseconds, 0.95), 1),
            "failed": self.failed,
            "statuses": dict(sorted(self.statuses.items())),
        }


def measure(base_url: str, path: str, clients: int, seconds: float) -> PathTiming:
    """`clients` threads ask `base_url` + `path` over and over for `seconds`."""
    address = urlsplit(base_url)
    timing = PathTiming(path=path, seconds=seconds)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client():
        connection = http.client.HTTPConnection(address.hostname, address.port, timeout=60)
        latencies, statuses, errors = [], {}, 0
        while time.monotonic() < deadline:
            start = time.perf_counter()
            try:
                connection.request("GET", path, headers={"Accept-Language": "en"})
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                errors += 1
                connection.close()
                continue
            if time.monotonic() <= deadline:
                latencies.append((time.perf_counter() - start) * 1000)
                statuses[response.status] = statuses.get(response.status, 0) + 1
        connection.close()
        with lock:
            timing.milliseconds += latencies
            timing.connection_errors += errors
            for status, count in statuses.items():
                timing.statuses[status] = timing.statuses.get(status, 0) + count

    threads = [threading.Thread(target=client) for _client in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return timing


def format_table(rows: list[dict]) -> str:
    header = f"{'path':<52} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'requests':>9} {'failed':>7}"
    lines = [header, "-" * len(header)]
    for row in rows:
        lines.append(
            f"{row['path'][:52]:<52} {row['requests_per_second']:>7} {row['p50_ms']:>8} "
            f"{row['p95_ms']:>8} {row['requests']:>9} {row['failed']:>7}"
        )
    return "\n".join(lines)
