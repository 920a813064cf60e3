/**
 * Full-text search: Hibernate Search with its embedded Lucene backend, the language analysis (French and
 * English: elision, accents folded, stemming) every indexed text uses, and an index kept in step with the
 * database (rebuilt at start when it is missing documents). The public site's search is built on it; the
 * workspace's search is to share the same index.
 */
package com.claimboard.shared.search;
