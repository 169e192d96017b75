"""The error-log scrubber gunicorn loads (deploy/gunicorn_logging.py): every client address
gunicorn or an exception text can write becomes "[address]", and nothing else in the line
changes. tests/deploy/test_entrypoint.py runs it in gunicorn for real."""

import logging

import pytest
from gunicorn.config import Config

from deploy.gunicorn_logging import (
    AddressScrubbingFormatter,
    ErrorLogWithoutAddresses,
    scrub_addresses,
)

SCRUBBED = [
    (
        "Invalid request from ip=198.51.100.23: Invalid HTTP request line: 'x'",
        "Invalid request from ip=[address]: Invalid HTTP request line: 'x'",
    ),
    (
        "Invalid request from ip=::1: Invalid HTTP Version: 'HTTP/9'",
        "Invalid request from ip=[address]: Invalid HTTP Version: 'HTTP/9'",
    ),
    ("peer 2001:db8:85a3::8a2e:370:7334 reset", "peer [address] reset"),
    ("peer 2001:0DB8:0000:0000:0000:0000:0000:0001.", "peer [address]."),
    ("link-local fe80::1%eth0 refused", "link-local [address] refused"),
    ("Listening at: http://[2001:db8::1]:8000 (17)", "Listening at: http://[address]:8000 (17)"),
    ("Listening at: http://192.0.2.10:8000 (17)", "Listening at: http://[address]:8000 (17)"),
    ("mapped ::ffff:192.0.2.1 closed", "mapped [address] closed"),
    ("Proxy request from '192.0.2.7' not allowed", "Proxy request from '[address]' not allowed"),
    (
        "Invalid PROXY line: 'PROXY TCP4 192.0.2.1 198.51.100.2 56324 443 extra'",
        "Invalid PROXY line: 'PROXY TCP4 [address] [address] 56324 443 extra'",
    ),
    (
        "Invalid HTTP Header: 'X-Forwarded-For 203.0.113.5, 10.0.0.1'",
        "Invalid HTTP Header: 'X-Forwarded-For [address], [address]'",
    ),
    ("Invalid request from ip=localhost: x", "Invalid request from ip=[address]: x"),
]

KEPT = [
    "[2026-12-02 02:16:34 +0000] [17647] [WARNING] Worker (pid:17647) exited with code 1",
    "Starting gunicorn 23.0.0",
    "WORKER TIMEOUT (pid:8123) after 12:30:05",
    "Request Line is too large (8191 > 4094)",
    "version 1.2.3.4.5 and 999.1.1.1 are no addresses",
    "digest dead:beef:cafe and std::vector",
    "Listening at: http://[::]:8000 (17)",
    "Invalid request from ip=: Invalid HTTP request line: 'x'",
    "غير صالح: בקשה לא תקינה",
]


@pytest.mark.parametrize(("line", "scrubbed"), SCRUBBED)
def test_every_address_is_replaced_and_the_rest_of_the_line_kept(line, scrubbed):
    assert scrub_addresses(line) == scrubbed


@pytest.mark.parametrize("line", KEPT)
def test_lines_without_an_address_are_unchanged(line):
    assert scrub_addresses(line) == line


def test_exception_text_and_traceback_are_scrubbed_too():
    records = []
    handler = logging.Handler()
    handler.emit = lambda record: records.append(handler.format(record))
    handler.setFormatter(
        AddressScrubbingFormatter(logging.Formatter(ErrorLogWithoutAddresses.error_fmt))
    )
    log = logging.getLogger("tests.gunicorn_logging")
    log.addHandler(handler)
    try:
        raise ConnectionResetError("connection from 203.0.113.9 port 51515 reset")
    except ConnectionResetError:
        log.exception("Error handling request from %s", "2001:db8::7")
    finally:
        log.removeHandler(handler)
    (line,) = records
    assert "Error handling request from [address]" in line
    assert "Traceback (most recent call last)" in line
    assert "ConnectionResetError: connection from [address] port 51515 reset" in line
    assert "203.0.113.9" not in line and "2001:db8::7" not in line


def test_the_logger_scrubs_its_error_log_after_every_setup(tmp_path):
    error_log = tmp_path / "error.log"
    config = Config()
    config.set("errorlog", str(error_log))
    logger = ErrorLogWithoutAddresses(config)
    logger.setup(config)  # gunicorn sets the logger up again on reload (HUP)
    logger.warning("Invalid request from ip=%s: %s", "192.0.2.44", "Invalid HTTP method: 'GE T'")
    for handler in logger.error_log.handlers:
        handler.flush()
    line = error_log.read_text()
    assert "[WARNING] Invalid request from ip=[address]: Invalid HTTP method: 'GE T'" in line
    assert "192.0.2.44" not in line
    (handler,) = logger.error_log.handlers
    assert not isinstance(handler.formatter.formatter, AddressScrubbingFormatter)
