"""Debian's Lucene 8 (liblucene8-java: Lucene 8.8.1, in jars named -8.7.0) running the
analysers an Elasticsearch index definition declares, the way Elasticsearch 8's own factories
would build them: `factories` reads the definition, `harness` runs it in a JVM subprocess and
is the API tests call."""
