/** The article extractor: plain Java over jsoup, with no framework inside, so it can be benchmarked alone. */
@org.springframework.modulith.NamedInterface("extraction")
package com.claimboard.article.extraction;
