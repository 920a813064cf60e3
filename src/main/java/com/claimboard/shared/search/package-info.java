/**
 * Full-text search: Hibernate Search with its embedded Lucene backend (an Elasticsearch or OpenSearch cluster fed
 * through the database's outbox under the {@code elasticsearch} profile), the language analysis (French and
 * English: elision, accents folded, stemming) every indexed text uses on either backend, the periods of the date
 * facet, and an index kept in step with the database (rebuilt at start when it is missing documents). The public
 * site's search and the workspace's are built on it.
 */
package com.claimboard.shared.search;
