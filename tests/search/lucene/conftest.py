import pytest

from tests.conftest import running_in_ci
from tests.search.lucene.harness import LuceneHarness, LuceneUnavailable, find_lucene_runtime


def lucene_or_skip() -> LuceneHarness:
    """The harness on this machine's Java and Lucene jars. Missing them skips the test locally
    and fails it in CI, with what to install."""
    try:
        return LuceneHarness(find_lucene_runtime())
    except LuceneUnavailable as missing:
        message = f"Lucene cannot run here: {missing}."
        if running_in_ci():
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def lucene() -> LuceneHarness:
    return lucene_or_skip()
