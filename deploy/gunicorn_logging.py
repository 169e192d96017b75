"""gunicorn's error log without client addresses. gunicorn writes "Invalid request from
ip=203.0.113.5: …" for every malformed request, and exception texts can quote addresses a client
sent (X-Forwarded-For, a PROXY line): a reader's address is personal data, so every IPv4 and IPv6
address in an error-log line, traceback included, becomes "[address]" and the rest of the line is
kept. The listening address is scrubbed too (the port stays): it cannot be told apart from a
client's. Loaded by deploy/gunicorn.conf.py (`logger_class`), from the project folder that
deploy/entrypoint.sh starts gunicorn in."""

import ipaddress
import logging
import re

from gunicorn.glogging import Logger

REPLACEMENT = "[address]"

# Candidates only: each is confirmed by the ipaddress module (IPv6) or by its octets (IPv4), so
# times (12:30:05), version numbers and hex digests are left alone. An IPv6 candidate may end
# with the punctuation that follows it ("ip=::1: …"), which is put back after the replacement.
_IPV6_CANDIDATE = re.compile(
    r"(?<![\w:.])\[?(?P<address>[0-9A-Fa-f.]*:[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*(?:%[\w.-]+)?)\]?"
)
_IPV4_CANDIDATE = re.compile(r"(?<![\w.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![\w]|\.[0-9])")
# gunicorn's own field, whatever it holds (left empty for a Unix socket, which names no one).
_IP_FIELD = re.compile(r"\bip=(?!\[address\])(?=[^\s:])\S*?(?=:\s|\s|$)")


def _replace_ipv6(match: re.Match) -> str:
    address = match["address"]
    trimmed = address.rstrip(":.")
    if not trimmed.strip(":."):
        # "::" alone (the unspecified address, or a C++-style separator) names no one.
        return match[0]
    try:
        ipaddress.IPv6Address(trimmed)
    except ValueError:
        return match[0]
    return REPLACEMENT + address[len(trimmed) :]


def _replace_ipv4(match: re.Match) -> str:
    octets = match[0].split(".")
    return REPLACEMENT if all(int(octet) <= 255 for octet in octets) else match[0]


def scrub_addresses(text: str) -> str:
    """`text` with every IPv6 and IPv4 address (and gunicorn's `ip=` field) replaced."""
    text = _IPV6_CANDIDATE.sub(_replace_ipv6, text)
    text = _IPV4_CANDIDATE.sub(_replace_ipv4, text)
    return _IP_FIELD.sub(f"ip={REPLACEMENT}", text)


class AddressScrubbingFormatter(logging.Formatter):
    """Formats a record with the handler's own formatter, then scrubs the whole line: message,
    exception text and stack alike."""

    def __init__(self, formatter: logging.Formatter):
        super().__init__()
        self.formatter = formatter

    def format(self, record: logging.LogRecord) -> str:
        return scrub_addresses(self.formatter.format(record))


class ErrorLogWithoutAddresses(Logger):
    """gunicorn's logger with every error-log handler (stream, file, syslog, or one from a
    logging config) behind AddressScrubbingFormatter. `setup` runs again on reload."""

    def setup(self, cfg):
        super().setup(cfg)
        for handler in self.error_log.handlers:
            if not isinstance(handler.formatter, AddressScrubbingFormatter):
                handler.setFormatter(
                    AddressScrubbingFormatter(handler.formatter or logging.Formatter())
                )
