/** Articles: import by paste (and, later, file and URL), and the article extractor. */
package com.claimboard.article;
